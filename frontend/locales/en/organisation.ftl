# Managing an organisation: its practices, status and the page's frame.
my-org-title = My organisation
my-org-login = Log in to see your organisation.
my-org-manage-login = Log in to manage an organisation.
my-org-manage-title = Manage { $name }
my-org-public-page = See the public page
my-org-new-practice = Share a new practice
my-org-our-practices = Our practices
my-org-its-practices = Its practices
my-org-none-yet = None yet. Share a programme that worked, so others can replicate it.
my-org-none = No practice yet.
my-org-not-allowed = Only this organisation's admins and the network's administrators manage it.
my-org-col-practice = Practice
my-org-col-status = Status
my-org-col-changed = Last change
# Completes “To …, confirm your email address first”.
my-org-verify-to-invite = To invite colleagues, confirm your email address first: open the link we mailed you, or send it again from the banner at the top.

# Where the organisation stands with the network, and the warnings of the last save.
my-org-notice-pending-heading = Awaiting approval
my-org-notice-pending-body = A network administrator checks every new organisation before it joins. Until then you can complete your profile, prepare drafts and invite colleagues; your organisation is not listed yet and cannot submit practices. You will hear by mail.
my-org-notice-rejected-heading = Not approved
my-org-notice-rejected-body = A network administrator did not approve this organisation. Its page is seen by its people only. If this is a mistake, correct your profile and write to the network.
my-org-notice-suspended-heading = Suspended
my-org-notice-suspended-body = A network administrator suspended this organisation: it is hidden from the network and can change nothing until it is reactivated. Its content is kept.
my-org-notice-reason = The reason given: { $reason }
my-org-warnings-heading = Possible duplicate
my-org-warning-possible-duplicate = “{ $name }” is already a member in the same country. If it is your organisation, ask its admins for an invitation instead; a network admin will review both.
my-org-warning-see = See { $name }

# The organisation's public profile.
my-org-profile-heading = Profile
my-org-profile-name = Name
my-org-profile-kind = Kind
my-org-profile-level = Governance level
my-org-profile-country = Country
my-org-profile-city = City
my-org-profile-context = Settlement context
my-org-profile-languages = Working languages
my-org-profile-themes = Themes you work on
my-org-profile-description = Description
my-org-profile-website = Website (https://…)
my-org-profile-can-mentor = We mentor other organisations
my-org-profile-capacity = How many mentees at once
my-org-profile-capacity-whole-number = must be a whole number
my-org-profile-time-zone = Time zone (meetings and deadlines are written in it)
my-org-profile-save = Save profile
my-org-profile-saved = Saved.

# The organisation's people; $role is a role's code (member, org_admin).
my-org-people-heading = People
my-org-people-name-you = { $name } (you)
my-org-people-unverified = address not verified
my-org-people-col-name = Name
my-org-people-col-email = Email
my-org-people-col-role = Role
my-org-people-col-joined = Joined
my-org-people-col-manage = Manage
my-org-people-make-role = { $role ->
    [org_admin] Make organisation admin
   *[member] Make member
}
my-org-people-role-question = { $role ->
    [org_admin] Make { $name } organisation admin?
   *[member] Make { $name } member?
}
my-org-people-change-role = Change role
my-org-people-role-changed = { $role ->
    [org_admin] { $name } is now organisation admin.
   *[member] { $name } is now member.
}
my-org-people-hand-on = Make org admin and step down
my-org-people-hand-on-question = Make { $name } an org admin and become a member yourself? You will no longer manage people, invitations or keys.
my-org-people-handed-on = { $name } is now an org admin; you are a member.
my-org-people-remove = Remove
my-org-people-remove-question = Remove { $name } from your organisation? They are signed out at once and can no longer sign in; what they wrote stays. A new invitation brings them back.
my-org-people-removed = { $name } was removed from your organisation.

# Invitations; $email is an address or my-org-invitations-anyone.
my-org-invitations-heading = Invitations
my-org-invitations-intro = Invite a colleague by their address: they receive a link to join your organisation, valid for that address only, once, for 14 days. You can resend or revoke it until it is used.
my-org-invitations-email = Their email
my-org-invitations-role = Role
my-org-invitations-send = Send invitation
my-org-invitations-resend = Resend
my-org-invitations-revoke = Revoke
my-org-invitations-none = No invitations yet.
my-org-invitations-code = The link is on its way. You can also give them this code to enter on the join page; it is shown only now:
my-org-invitations-sent = An invitation was mailed to { $email }.
my-org-invitations-resent = A new link was mailed to { $email }; the earlier one no longer works.
my-org-invitations-revoke-question = Revoke the invitation to { $email }? Its link stops working.
my-org-invitations-revoked = The invitation to { $email } was revoked.
my-org-invitations-used = used
my-org-invitations-state-revoked = revoked
my-org-invitations-expired = expired
my-org-invitations-open-until = open until { $date }
my-org-invitations-anyone = anyone with the code

# The person's notifications.
notifications-title = Notifications
notifications-login = Log in to see your notifications.
notifications-intro = What happened to your organisation's practices and people, newest first. Choose which of these also reach you by mail in your account.
notifications-mail-preferences = Mail preferences
notifications-empty = No notifications yet. You will find here what the network does with your practices.
notifications-mark-all = Mark all as read
notifications-mark-one = Mark as read
notifications-more = Load older notifications
notifications-unread-tag = Unread
notifications-all-read = All notifications are marked as read.
notifications-unread-count = { $count ->
    [0] Nothing unread.
    [one] { $count } unread.
   *[other] { $count } unread.
}

# The bell in the header.
bell-name = Notifications
bell-label = { $count ->
    [0] Notifications: none unread
    [one] Notifications: { $count } unread
   *[other] Notifications: { $count } unread
}
my-org-profile-translations = Translate the description into other languages
