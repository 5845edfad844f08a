# Mails in English. Every message here exists in fr, de and ar with the same variables (a test
# checks it). Variables are plain text: the code escapes them for the HTML part.

## Shared

hello = Hello { $name },
link-until = The link works once, until { $until }.
copy-link = Or copy this address into your browser: { $link }
# A moment in the reader's time zone: "3 December 2026, 15:30 (Asia/Amman)".
datetime = { $day } { $month } { $year }, { $time } ({ $zone })
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Confirming an address

verify-subject = Confirm your email address
verify-lead = Please confirm that this is your address, so that you can submit practices, apply and invite colleagues on Twinning.
verify-action = Confirm my address
verify-otherwise = If you did not sign up for Twinning, ignore this mail: nothing happens without the link.

## Resetting a password

reset-subject = Reset your password
reset-lead = Someone (we hope you) asked to reset the password of your Twinning account. Choosing a new one signs you out everywhere.
reset-action = Choose a new password
reset-otherwise = If you did not ask for this, ignore this mail: your password stays as it is.

## An invitation ($role is the code of the role offered: member, org_admin)

invitation-subject = { $organisation } invites you to join it on Twinning
invitation-lead = { $organisation } invites you to join it on Twinning, the network where organisations that serve refugees and migrants share the practices that work, as { $role ->
        [org_admin] an organisation admin
       *[member] a member
    }. The invitation is for this address only.
invitation-action = Accept the invitation
invitation-otherwise = If you did not expect this invitation, ignore this mail: nothing happens without the link.

## The notice to an old address

email-changed-subject = The email address of your account was changed
email-changed-body = On { $when } the email address of your Twinning account was changed to { $email }. Mails now go there.
email-changed-advice = If you did not make this change, reset your password and tell the network's administrators.
email-changed-reset = Reset my password

## Notifications, one by one

notification-open = Open it in Twinning
notification-reason = You receive this mail because you chose to hear at once about: { $kind }.
notification-stop = Stop these mails
kind-practice_submitted = practices submitted for review
kind-practice_published = your organisation's practices published
kind-practice_rejected = your organisation's practices sent back
kind-member_joined = people joining your organisation
kind-organisation_reviewed = decisions on your organisation (approval, rejection, suspension, reactivation)

practice-submitted-title = “{ $title }” was submitted for review
practice-submitted-body = { $owner } submitted it. Review it in the moderation queue.
practice-published-title = “{ $title }” is published
practice-published-body = It is now in the catalogue, open to the whole network.
practice-rejected-title = “{ $title }” was sent back
practice-rejected-body = The reviewer wrote: { $reason }
practice-rejected-body-silent = The reviewer sent it back to draft.
organisation-approved-title = { $organisation } is approved
organisation-approved-body = It is now a member of the network: listed, counted, and able to submit practices.
organisation-rejected-title = { $organisation } was not approved
organisation-rejected-body = A network admin wrote: { $reason }
organisation-rejected-body-silent = A network admin did not approve it and gave no reason.
organisation-suspended-title = { $organisation } is suspended
organisation-suspended-body = It is hidden from the network until a network admin reactivates it. The reason given: { $reason }
organisation-suspended-body-silent = It is hidden from the network until a network admin reactivates it. No reason was given.
organisation-reactivated-title = { $organisation } is active again
organisation-reactivated-body = A network admin reactivated it: it is listed again.
member-joined-title = { $person } joined { $organisation }
member-joined-body = They joined as { $role ->
        [org_admin] an organisation admin
       *[member] a member
    }.

## The weekly digest

digest-subject = Your weekly digest: { $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }
digest-intro = Here is what happened on Twinning since your last digest ({ $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }).
digest-heading = { $kind } ({ $count })
digest-open = Open
digest-more = … and { $count } more.
digest-stop-kind = Stop mails about this
digest-reason = You receive this weekly digest because of your notification settings.
digest-stop = Stop the weekly digest
