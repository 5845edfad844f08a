# Field errors by their stable code (crates/domain/src/problem.rs, reasons): shown under the
# field and in the form's list of problems, after the field's name.
error-required = is required
error-too_short = { $min ->
    [one] must be at least one character
   *[other] must be at least { $min } characters
}
error-too_long = { $max ->
    [one] must be at most one character
   *[other] must be at most { $max } characters
}
error-too_few = { $min ->
    [one] choose at least one
   *[other] choose at least { $min }
}
error-too_many = { $max ->
    [one] choose at most one
   *[other] choose at most { $max }
}
error-too_small = must be at least { $min }
error-too_large = must be at most { $max }
error-out_of_range = must be between { $min } and { $max }
error-not_email = must be an email address
error-not_https_url = must be a web address starting with https://
error-unknown_value = “{ $value }” is not one of the choices
error-not_country = “{ $value }” is not a country
error-not_language = “{ $value }” is not a language
error-not_time_zone = “{ $value }” is not a time zone; choose one from the list, such as Europe/Amsterdam
error-in_the_past = must lie in the future
error-too_far_ahead = { $max_days ->
    [one] must be at most one day ahead
   *[other] must be at most { $max_days } days ahead
}
error-must_differ = must differ from the current one
error-must_match = the two entries differ
error-either_or = give one of the two, not both
error-invalid_cursor = this page of results is no longer valid; start again from the first page
error-not_valid = this code or link is not valid
error-used = this code or link has been used already
error-expired = this code or link has expired
error-wrong_password = is not your password
error-taken = is used already
error-stale = changed since you opened it; reload the page
error-wrong_state = cannot be changed at this stage
error-duplicate_value = “{ $value }” is given twice
error-control_character = contains a character that cannot be kept
error-invalid_reference = refers to something that no longer exists
error-not_storable = cannot be stored as it is
error-invitation_address = this invitation was sent to another address
error-malformed = cannot be read
error-invalid_type = is not the kind of value expected
error-unknown_field = is not a field of this form
error-source_language = “{ $value }” is the source language: edit the text itself
error-translation_exists = there is a translation into “{ $value }”: remove it first
error-no_such_figure = { $figures ->
    [0] the practice has no figures
    [one] the practice has only one figure
   *[other] the practice has only { $figures } figures
}
error-empty_translation = give at least one field to translate
error-period_reversed = must not be before the first year

# Problems that concern no single field, by the last part of their type (problem::kinds).
# English readers see the server's own words instead; these are the fallbacks' English.
problem-validation = Some of what was sent is not right.
problem-malformed-request = The request could not be read.
problem-unauthenticated = Not signed in: the email address or password is wrong, or the session has ended.
problem-forbidden = You are not allowed to do this.
problem-email-unverified = Confirm your email address first: open the link we mailed you.
problem-insufficient-scope = This key is not allowed to do this.
problem-not-found = This does not exist, or no longer does.
problem-conflict = This clashes with what is already there.
problem-invalid-transition = This cannot be done at this stage.
problem-rate-limited = Too many attempts. Please wait a moment and try again.
problem-payload-too-large = What was sent is too large.
problem-uri-too-long = The address is too long.
problem-headers-too-large = The request’s headers are too large.
problem-unsupported-media-type = This kind of content is not accepted.
problem-internal = Something went wrong on our side. Please try again later.
problem-organisation-not-active = Your organisation is not active in the network: it awaits approval, or was rejected or suspended.
problem-last-org-admin = An organisation with other people needs at least one organisation admin.
problem-last-network-admin = The network needs at least one network admin.
problem-own-account = Someone else must do this for your own account.
problem-already-verified = This address is confirmed already.
problem-invitation-without-address = This invitation has no address to be sent to.
problem-unavailable = The service is unavailable for a moment. Please try again shortly.
