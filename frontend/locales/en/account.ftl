# Log in and register (auth.rs).
auth-login-title = Log in
auth-login-submit = Log in
auth-signed-out-everywhere = You are signed out on every device.
auth-email = Email
auth-password = Password
auth-forgot-link = Forgot password?
auth-new-here = New here?
auth-register-link = Register your organisation
auth-register-title = Join Twinning
auth-required = is required
auth-you = You
auth-your-name = Your name
auth-new-password = Password (at least 10 characters)
auth-with-code = I have an invitation code to join an organisation
auth-invitation-code = Invitation code
auth-your-organisation = Your organisation
auth-org-name = Name
auth-org-kind = Kind
auth-org-level = Governance level
auth-org-country = Country
auth-org-city = City
auth-org-context = Settlement context
auth-org-languages = Working languages
auth-can-mentor = We can mentor organisations that replicate our practices
auth-register-submit = Register

# Confirming the email address, and choosing a new password from a mailed link (recovery.rs).
# The address is shown in bold where { $email } stands.
recovery-banner = Please confirm your email address: open the link we sent to { $email }.
recovery-banner-why = Until then you can prepare your profile and drafts, but not submit, publish, apply or invite.
recovery-resend = Send the link again
recovery-already-confirmed = Your address is already confirmed.
recovery-verify-title = Confirm your email address
recovery-verifying = Confirming your address…
recovery-verified = Thank you: your email address is confirmed.
recovery-verify-failed = Your address could not be confirmed: { $reason }.
recovery-no-token = This page opens from the link in our mail; this address holds no link.
recovery-go-to-organisation = Go to your organisation
recovery-log-in = Log in
recovery-retry-signed-in = Use “Send the link again” in the banner above to get a new link.
recovery-retry-signed-out = Log in: a banner at the top of every page lets you ask for a new link.
recovery-forgot-title = Forgot your password?
recovery-forgot-intro = Give the email address of your account. We will mail you a link to choose a new password; it works once, for one hour.
recovery-forgot-submit = Mail me a link
recovery-email = Email
recovery-back-to-login = Back to log in
recovery-reset-title = Choose a new password
recovery-reset-intro = Choosing a new password signs your account out on every device.
recovery-reset-submit = Set my new password
recovery-reset-done = Your new password is set, and every device was signed out. Log in with it now.
recovery-link-unusable = This link cannot be used: { $reason }.
recovery-ask-link = Ask for a link
recovery-ask-new-link = Ask for a new link
recovery-new-password = New password (at least 10 characters)
recovery-password-again = The new password again
recovery-passwords-differ = the two passwords differ

# The page an invitation link opens (join.rs).
join-title = Join your colleagues on Twinning
join-name = Your name
join-email = Email
join-email-hint = The invitation is for this address.
join-password = Choose a password (at least 10 characters)
join-submit = Join
join-unknown = This invitation link is not valid. Check that you copied the whole link from the mail, or ask for a new invitation.
join-signed-in = You are signed in with another account. Log out first to accept this invitation.
join-fields-need-attention = Some fields need attention.
join-invites = { $organisation } invites you to join it on Twinning as { $role ->
        [org_admin] organisation admin
       *[member] member
    }. The invitation is open until { $until }.
join-closed = { $state ->
        [used] This invitation to { $organisation } was already used. Ask its org admins to send you a new one.
        [revoked] This invitation to { $organisation } was revoked. Ask its org admins to send you a new one.
        [expired] This invitation to { $organisation } has expired. Ask its org admins to send you a new one.
       *[open] This invitation to { $organisation } is open. Ask its org admins to send you a new one.
    }

# My account: who you are, and how notifications reach you by mail (account.rs).
account-title = My account
account-login = Log in to see your account.
account-name = Name
account-email = Email
account-organisation = Organisation
account-role = Role
account-network-admin = You are also an administrator of the network.
account-see-notifications = See your notifications
account-mail-heading = Notifications by mail
account-mail-intro = The bell always shows your notifications. Choose, for each kind, whether it also comes by mail at once, grouped in one weekly digest, or not at all. Only the kinds that can reach you are listed.
account-mail-always = Mails about your account and its security (address verification, password reset, invitations) are always sent at once.
account-mail-save = Save mail preferences
account-mail-saved = Saved. From now on:
# A kind of notification, before how it now comes (in bold).
account-mail-saved-kind = { $kind }:

# My account: the profile form (account/profile.rs).
account-profile-heading = Your profile
account-profile-name = Name
account-profile-email = Email address
account-profile-email-hint = A new address must be confirmed: we mail a link to it, and tell the old one.
account-profile-language = Language
account-profile-language-hint = The language of this site and of the mails you receive.
account-profile-time-zone = Time zone
account-profile-time-zone-hint = Times in mails and deadlines are written in it. Start typing a city, e.g. Europe/Amsterdam.
account-profile-save = Save profile
account-profile-saved = Your profile is saved.
account-profile-new-address = We mailed a link to your new address; open it to confirm the address. Until then you cannot submit, publish, apply or invite.

# My account: password and signed-in devices (account/security.rs).
account-password-heading = Password
account-password-current = Current password
account-password-new = New password (at least 10 characters)
account-password-again = The new password again
account-password-change = Change password
account-password-changed = Your password is changed. Your other devices were signed out; this one stays signed in.
account-password-mismatch = the two passwords differ
account-sessions-heading = Where you are signed in
account-sessions-intro = Each device or browser where you logged in. Sign out any you do not recognise, and change your password.
account-session-this-device = This device
account-session-unknown-browser = Unknown browser
account-session-details = From { $address } · signed in { $signed_in } · last seen { $seen }
account-session-details-no-address = From an unknown address · signed in { $signed_in } · last seen { $seen }
account-session-sign-out = Sign out
account-session-sign-out-question = Sign this device out? It will have to log in again.
account-session-signed-out = That device is signed out.
account-sign-out-everywhere = Sign out everywhere
account-sign-out-everywhere-question = Sign out on every device, this one included?

# My account: download my data, delete my account (account_data.rs).
account-data-heading = Your data
account-data-export-intro = Download everything Twinning holds about you as one JSON file: your account, your organisation, your sessions, the practices you created, the moves you made, your notifications, preferences, invitations, API keys and the mails sent to you.
account-data-export = Download my data
account-data-preparing = Preparing your file…
account-data-ready = Your file is ready. If it did not download by itself, save it here:
account-data-delete-heading = Delete my account
account-data-delete-intro = Your account is removed: you are signed out everywhere, your notifications, preferences and mails go, and your name is replaced by “Deleted member” wherever it appears. What you wrote for your organisation (its practices) stays with it. If you are its last admin and others remain, make one of them an admin first.
account-data-password = Your password, to confirm
account-data-delete = Delete my account
account-data-delete-question = Delete your account for good? This cannot be undone.
account-data-delete-confirm = Yes, delete it
account-data-deleted = Your account is deleted. Thank you for the time you gave the network.
