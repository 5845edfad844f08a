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

loading = Loading…
login-needed-login = Log in
login-needed-or = or
login-needed-register = register your organisation.
pager-label = Pages
pager-previous = ← Previous
pager-next = Next →
pager-position = Page { $page } of { $pages }
confirm-cancel = Cancel

picker-country-placeholder = Type a country’s name
picker-language-placeholder = Type a language’s name
picker-remove = Remove { $name }
picker-no-match = Nothing matches
error-summary-title = { $count ->
    [one] There is a problem
   *[other] There are { $count } problems
}
form-required = required
form-required-legend = Fields marked * are required.
