# The frame of every page: header, footer, errors shared by all screens.
-brand = Twinning

nav-main = Main
nav-home = Home
nav-catalogue = Good practices
nav-members = Members
nav-my-org = My organisation
nav-admin = Admin
nav-login = Log in
nav-register = Register
nav-account = My account
nav-logout = Log out
nav-language = Language
skip-to-content = Skip to content

footer-licence = { -brand } — open source (MIT OR Apache-2.0).
footer-api = API
footer-feed = Activity feed (Atom)

not-found-title = Page not found
not-found-body = There is no page at this address. It may have moved, or the link may be mistyped.

error-rate-limited = { $seconds ->
    [one] Too many attempts. Please wait one second and try again.
   *[other] Too many attempts. Please wait { $seconds } seconds and try again.
}
error-fields-need-attention = Some fields need attention; see the messages below them.
error-unreachable = The server could not be reached: { $detail }
