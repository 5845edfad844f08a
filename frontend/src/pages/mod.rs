//! One module per screen or group of screens.

pub mod admin;
pub mod auth;
pub mod catalogue;
pub mod editor;
pub mod home;
pub mod my_org;
pub mod organisations;
pub mod practice;
