//! One module per screen or group of screens.

pub mod account;
pub mod account_data;
pub mod activity;
pub mod admin;
pub mod api_keys;
pub mod auth;
pub mod catalogue;
pub mod editor;
pub mod home;
pub mod join;
pub mod my_org;
pub mod notifications;
pub mod organisations;
pub mod practice;
pub mod recovery;
pub mod translations;
