# The network admins' screens (frontend/src/pages/admin) and the partner API keys (pages/api_keys.rs).

# Who may see them.
admin-title = Administration
admin-not-allowed = Not allowed
admin-only-admins = Only network administrators may see this page.
admin-login-needed = This page is for network administrators. Log in first.
admin-back-home = Back to the home page

# The dashboard: the network in figures (each shown after its number in bold).
admin-heading = Network administration
admin-stat-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
admin-stat-awaiting-approval = { $count ->
   *[other] awaiting approval
}
admin-stat-suspended = { $count ->
   *[other] suspended
}
admin-stat-people = { $count ->
    [one] person
   *[other] people
}
admin-stat-countries = { $count ->
    [one] country
   *[other] countries
}
admin-stat-published = { $count ->
    [one] published practice
   *[other] published practices
}
admin-stat-waiting-for-review = { $count ->
   *[other] waiting for review
}
admin-stat-drafts = { $count ->
    [one] draft
   *[other] drafts
}
admin-stat-archived = { $count ->
   *[other] archived
}

# The dashboard's tools.
admin-tools = Tools
admin-tile-organisations = Organisations
admin-tile-organisations-hint = Approve new organisations, check possible duplicates, suspend or merge.
admin-tile-organisations-count = { $count ->
    [one] 1 organisation awaiting approval
   *[other] { $count } organisations awaiting approval
}
admin-tile-people = People
admin-tile-people-hint = Find a person; disable or enable an account, resend a verification link, grant admin rights.
admin-tile-moderation = Moderation queue
admin-tile-moderation-hint = Practices waiting for review: publish them or send them back.
admin-tile-moderation-count = { $count } waiting
admin-tile-jobs = Background jobs
admin-tile-jobs-hint = Work the platform does later: events to dispatch, mails to send. Retry the dead ones.
admin-tile-jobs-count = { $dead ->
    [one] { $pending } pending, 1 dead job
   *[other] { $pending } pending, { $dead } dead jobs
}
admin-tile-mail = Mail outbox
admin-tile-mail-hint = Every mail the platform sent or, without a mail server, kept here.
admin-tile-mail-count = { $count ->
    [one] 1 mail
   *[other] { $count } mails
}
admin-tile-keys = API keys
admin-tile-keys-hint = Every organisation's partner API keys; revoke one that leaked.

# The moderation queue.
admin-moderation-title = Moderation queue
admin-moderation-intro = Practices their organisations submitted for review, oldest first. Publishing puts one in the catalogue; sending one back returns it to draft with your reason.
admin-moderation-empty = Nothing is waiting for review.
admin-moderation-submitted = submitted { $date }
admin-moderation-publish = Publish
admin-moderation-reason-label = Or send it back, saying why (the organisation reads this)
admin-moderation-send-back = Send back
admin-moderation-reason-required = The reason is required.
admin-moderation-reason-too-short = { $min ->
    [one] The reason must be at least 1 character.
   *[other] The reason must be at least { $min } characters.
}
admin-moderation-reason-too-long = { $max ->
    [one] The reason must be at most 1 character.
   *[other] The reason must be at most { $max } characters.
}
admin-moderation-reason-control = The reason must not contain control characters.

# Background jobs.
admin-jobs-title = Background jobs
admin-jobs-intro = Work the platform does after a change: dispatching events into notifications, sending mails, weekly digests. A job that fails is tried again later; after its last attempt it is dead and waits here for you.
admin-jobs-status = Status
admin-jobs-any-status = Any status
admin-jobs-status-pending = Pending
admin-jobs-status-running = Running
admin-jobs-status-done = Done
admin-jobs-status-dead = Dead
admin-jobs-none = No job matches.
admin-jobs-count = { $count ->
    [one] 1 job
   *[other] { $count } jobs
}
admin-jobs-col-job = Job
admin-jobs-col-status = Status
admin-jobs-col-attempts = Attempts
admin-jobs-col-when = When
admin-jobs-col-error = Last error
admin-jobs-attempts = { $attempts } / { $max }
admin-jobs-payload = Payload
admin-jobs-created = Created { $when }
admin-jobs-runs = Runs { $when }
admin-jobs-finished = Finished { $when }
admin-jobs-retry = Retry
admin-jobs-retry-confirm = Retry the job
admin-jobs-retry-question = Retry job #{ $id } ({ $kind })? It runs again as soon as a worker is free, with a fresh set of attempts. Its work is done once even if it had partly run.
admin-jobs-retried = Job #{ $id } ({ $kind }) is queued again; a worker will run it shortly.

# The mail outbox.
admin-mail-title = Mail outbox
admin-mail-intro = Every mail the platform produced, newest first. Without a mail server (TWINNING_SMTP_URL unset) mails are kept here instead of being sent, so nothing is lost and you can read what would have gone out.
admin-mail-none = No mail yet.
admin-mail-none-match = No mail has this status.
admin-mail-status = Status
admin-mail-any-status = Any status
admin-mail-status-queued = Waiting to be sent
admin-mail-status-sent = Sent
admin-mail-status-kept = Kept here (no mail server)
admin-mail-status-failed = Failed
admin-mail-category-account = Account and security
admin-mail-category-digest = Weekly digest
admin-mail-category-practice-submitted = Notification: practice submitted
admin-mail-category-practice-published = Notification: practice published
admin-mail-category-practice-rejected = Notification: practice rejected
admin-mail-category-member-joined = Notification: member joined
admin-mail-category-organisation-reviewed = Notification: organisation reviewed
admin-mail-category-other = Notification: { $code }
admin-mail-count = { $count ->
    [one] 1 mail
   *[other] { $count } mails
}
admin-mail-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}
admin-mail-to = To
admin-mail-sent = sent { $when }
admin-mail-written = written { $when }
admin-mail-last-error = Last error: { $error }
admin-mail-read-text = Read the text

# Every organisation's API keys.
admin-keys-title = API keys
admin-keys-intro = The keys every organisation created for its partner systems, newest first. Their admins manage them under My organisation; revoke one here when it leaked or its organisation cannot be reached.
admin-keys-none = No organisation has created a key yet.
admin-keys-none-here = No keys on this page; go back to the first one.
admin-keys-count = { $count ->
    [one] 1 key
   *[other] { $count } keys
}

# Vetting organisations.
admin-orgs-title = Organisations
admin-orgs-intro = New organisations wait here until you approve them: until then they are not listed, not counted, not offered as mentors and submit nothing. Check the registrant and the possible duplicates first.
admin-orgs-status = Status
admin-orgs-any-status = All (awaiting approval first)
admin-orgs-none = No organisation matches.
admin-orgs-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
admin-orgs-members = { $count ->
    [one] 1 person
   *[other] { $count } people
}
admin-orgs-registrant = Registered by { $name } <{ $email }> on { $date }
admin-orgs-no-registrant = Registrant unknown (account deleted)
admin-orgs-duplicates = Possible duplicates
admin-orgs-duplicate-alike = ({ $status }, { $percent }% alike)
admin-orgs-merge-into-this = Merge into this one
admin-orgs-dismiss = Not a duplicate
admin-orgs-dismiss-confirm = Dismiss
admin-orgs-dismiss-question = Mark { $name } and { $other } as different organisations?
admin-orgs-dismissed = { $name } and { $other } are no longer flagged as duplicates.
admin-orgs-reason = Reason (its people read it)
admin-orgs-need-reason = Write the reason first: its people read it.
admin-orgs-approve = Approve
admin-orgs-reject = Reject
admin-orgs-suspend = Suspend
admin-orgs-reactivate = Reactivate
admin-orgs-approve-question = Approve { $name }? It is listed, counted and may submit practices from now on; its registrant is told by mail.
admin-orgs-reject-question = Reject { $name }? Its registrant reads your reason by mail; it stays unlisted.
admin-orgs-suspend-question = Suspend { $name }? It is hidden at once and its people are signed out; its content is kept.
admin-orgs-reactivate-question = Reactivate { $name }? It is listed again.
admin-orgs-approved = { $name } was approved.
admin-orgs-rejected = { $name } was rejected.
admin-orgs-suspended = { $name } was suspended.
admin-orgs-reactivated = { $name } was reactivated.
admin-orgs-merge = Merge
admin-orgs-merge-into = Merge into (the slug of the organisation that is kept)
admin-orgs-merge-confirm = Merge them
admin-orgs-need-into = Name the organisation that is kept.
admin-orgs-merge-question = Merge { $name } into { $into }? Its people, practices, keys and history move to { $into } in one step and { $name } is removed; its address leads to { $into }. This cannot be undone.
admin-orgs-merged = { $count ->
    [one] { $from } was merged into { $into }: 1 record moved.
   *[other] { $from } was merged into { $into }: { $count } records moved.
}

# People and their accounts.
admin-people-title = People
admin-people-intro = Everyone with an account, newest first. Search by name, address or organisation.
admin-people-search = Search
admin-people-find = Find
admin-people-none = Nobody matches.
admin-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
admin-people-never-seen = never seen
admin-people-last-seen = last seen { $when }
admin-people-joined = joined { $date }
admin-people-flag-verified = address verified
admin-people-flag-unverified = address not verified
admin-people-flag-network-admin = network admin
admin-people-flag-disabled = disabled
admin-people-flag-removed = removed from their organisation
admin-people-disable = Disable
admin-people-enable = Enable
admin-people-resend = Resend verification link
admin-people-grant = Make network admin
admin-people-revoke = Withdraw network-admin rights
admin-people-disable-question = Disable the account of { $name }? They are signed out everywhere at once and cannot sign in until you enable it; what they wrote stays.
admin-people-enable-question = Enable the account of { $name }? They may sign in again.
admin-people-grant-question = Make { $name } a network admin? They may approve organisations, moderate practices and manage every account. They are signed out and sign in again with the new rights.
admin-people-revoke-question = Withdraw the network-admin rights of { $name }? They are signed out everywhere.
admin-people-disabled = The account of { $name } is disabled; they were signed out everywhere.
admin-people-enabled = The account of { $name } is enabled again.
admin-people-resent = A new verification link was mailed to { $name } at { $email }.
admin-people-granted = { $name } is now a network admin.
admin-people-revoked = { $name } is no longer a network admin.

# An organisation's partner API keys (under My organisation).
api-keys-heading = API keys
api-keys-intro = A key lets one of your partner systems (a case-management tool, a website, a script) use the Twinning API for your organisation, within the scopes you give it. It never does more than an admin of your organisation could, and never network administration.
api-keys-none = No keys yet.
api-keys-new-heading = Create a key
api-keys-name = Name
api-keys-name-hint = What it is for, so you recognise it later, e.g. “Case management sync”.
api-keys-scopes = What it may do
api-keys-scope-read-private = Read the organisation's drafts, members and private activity
api-keys-scope-write-practices = Create, edit and submit the organisation's practices
api-keys-scope-write-organisation = Edit the organisation's profile
api-keys-expires = Expires on (optional)
api-keys-expires-hint = It stops working at the end of that day (UTC). Leave empty for a key that works until you revoke it.
api-keys-expires-invalid = must be a date such as 2027-12-31
api-keys-create = Create the key
api-keys-created = The key “{ $name }” is created.
api-keys-shown-once = Copy this key now: it is shown only once.
api-keys-why-once = Twinning keeps only a fingerprint of it, so nobody, not even the network's administrators, can show it again. If you lose it, revoke it and create another.
api-keys-how-to-use = Your system sends it in every request as the header
api-keys-copy = Copy the key
api-keys-copied = Copied to the clipboard.
api-keys-copy-failed = The browser did not let us copy it: select the key and copy it yourself.
api-keys-done = I have stored it safely: hide the key
api-keys-col-name = Name
api-keys-col-organisation = Organisation
api-keys-col-key = Key starts with
api-keys-col-scopes = Scopes
api-keys-col-created = Created
api-keys-col-used = Last used
api-keys-col-expires = Expires
api-keys-col-state = State
api-keys-never-used = Never
api-keys-no-expiry = Never
api-keys-active = Active
api-keys-revoked-on = Revoked on { $date }
api-keys-expired-on = Expired on { $date }
api-keys-revoke = Revoke
api-keys-revoke-confirm = Revoke the key
api-keys-revoke-question = Revoke “{ $name }”? Every system that uses it is refused from now on (HTTP 401), and it cannot be turned back on.
api-keys-revoked = “{ $name }” is revoked: requests with it are refused from now on.
