# Home page: what the network is, its live counts and its latest activity.
home-title = Make good practices travel
home-lead = { -brand } is a community of practice for the organisations that serve refugees and migrants: NGOs, municipalities, UN agencies, refugee-led groups, universities. An organisation that ran a programme that worked mentors one that wants to run it at home, from the first call for interest to a documented, rewarded replication.
home-stats-label = The network today
# The words after each count, which is shown just before them.
home-stat-organisations = { $count ->
    [one] member organisation
   *[other] member organisations
}
home-stat-countries = { $count ->
    [one] country
   *[other] countries
}
home-stat-practices = { $count ->
    [one] published practice
   *[other] published practices
}
home-stat-mentors = { $count ->
    [one] organisation ready to mentor
   *[other] organisations ready to mentor
}
home-browse = Browse the practices
home-join = Join the network
home-how-heading = How a practice travels
home-step-document = Document it.
home-step-document-body = A member describes a programme that worked: the problem, what was done, the results and their evidence. The network's administrators review it before it is published.
home-step-find = Find it.
home-step-find-body = Others search the catalogue by theme, settlement context, country, language and the people it serves.
home-step-replicate = Replicate it.
home-step-replicate-body = The organisation that ran it mentors one that wants to run it at home, with a toolbox of manuals, templates and training material.
home-activity-heading = Latest in the network
home-activity-intro = Practices published and organisations that joined, newest first.
home-activity-follow = Follow it in a feed reader (Atom)

# The catalogue: search, sort, facet filters and results.
catalogue-title = Good practices
catalogue-search-label = Search the practices
catalogue-search-placeholder = Search: waste, volunteering, Tampere…
catalogue-search-submit = Search
catalogue-sort = Sort
catalogue-sort-relevance = Best match, then newest
catalogue-sort-newest = Newest
catalogue-sort-title = Title
catalogue-filters = Filters
catalogue-facet-theme = Theme
catalogue-facet-context = Settlement context
catalogue-facet-country = Country
catalogue-facet-target-group = Who it serves
catalogue-facet-language = Language
# How many practices a filter value would find.
catalogue-facet-count = ({ $count })
catalogue-results = Results
catalogue-result-count = { $count ->
    [one] { $count } practice
   *[other] { $count } practices
}
catalogue-no-results = Nothing matches all of these filters.
catalogue-clear = Clear the search
# Between the countries of a practice in the results.
catalogue-list-separator = { ", " }

# One practice: its page, the actions on it, and its review.
practice-not-found = Practice not found
practice-unavailable = The practice could not be shown
practice-back-to-catalogue = Back to the catalogue
practice-published-on = published { $date }
# A problem the server found when the practice was submitted: the field, then what is wrong.
practice-problem = { $field }: { $message }
practice-complete = Complete the practice
practice-sent-back = Sent back by the network:
practice-edit = Edit
practice-submit = Submit for review
practice-publish = Publish
practice-reject = Send back
practice-archive = Archive
# Fill “To …, confirm your email address first”.
practice-verify-to-submit = To submit this practice for review, confirm your email address first: open the link we mailed you, or send it again from the banner at the top.
practice-verify-to-publish = To publish it, confirm your email address first: open the link we mailed you, or send it again from the banner at the top.
practice-reject-reason = Why is it sent back? The organisation will read this.
practice-reject-confirm = Send back to the organisation
practice-reject-cancel = Cancel
practice-problem-heading = The problem
practice-approach-heading = What was done
practice-results-heading = Results
practice-figures-heading = In figures
practice-themes-heading = Themes
practice-target-groups-heading = Who it serves
practice-where-heading = Where
practice-languages-heading = Documentation languages
practice-not-written = Not written yet.
# The fields of a practice, as named in the list of what is missing.
practice-field-title = Title
practice-field-summary = Summary
practice-field-problem = The problem
practice-field-approach = What was done
practice-field-results = Results
practice-field-figures = Figures
practice-field-themes = Themes
practice-field-target-groups = Who it serves
practice-field-settlement-contexts = Settlement contexts
practice-field-countries = Countries
practice-field-languages = Languages
practice-field-practice = Practice

# Writing a practice: the form and its pages.
editor-new-title = Share a practice
editor-login-needed = Log in to share a practice of your organisation.
editor-new-intro = It is saved as a draft of your organisation. Submit it for review when it is complete: the network's administrators read it before it appears in the catalogue.
editor-edit-title = Edit a practice
editor-edit-heading = Edit the practice
editor-save-draft = Save draft
editor-save-and-submit = Save and submit for review
editor-not-owner = Only the practice's own organisation may edit it.
# $status is the practice's status code; drafts never see this message.
editor-not-draft = This practice is { $status ->
    [submitted] submitted for review
    [published] published
    [archived] archived
   *[draft] draft
}: only drafts are edited, so what reviewers read is what gets published.
editor-back-to-practice = Back to the practice
editor-sent-back = Sent back by the network:
editor-figures-legend = Impact in figures (optional)
editor-figures-hint = For example: 3700 — refugee children in mathematics and English classes.
editor-figure-number = Number
editor-figure-label = What was counted
editor-figure-remove = Remove
editor-figure-add = Add a figure
editor-title = Title
editor-summary = Summary
editor-summary-hint = One or two sentences for the catalogue.
editor-problem = The problem it answers
editor-approach = What was done, and how
editor-results = Results and evidence
editor-countries = Countries where it ran
editor-languages = Languages of its documentation
editor-themes = Themes
editor-target-groups = Who it serves
editor-contexts = Settlement contexts

# The members directory and an organisation's public page.
directory-title = Members
directory-lead = The organisations of the network, and who among them mentors others.
directory-filter-q = Name, city or words
directory-filter-kind = Kind
directory-filter-any = Any
directory-filter-country = Country
directory-filter-context = Settlement context
directory-filter-language = Working language
directory-filter-theme = Theme
directory-filter-can-mentor = Offers mentoring
directory-filter-submit = Filter
directory-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
directory-place = { $city }, { $country }
directory-mentors = Mentors others
directory-org-not-found = Organisation not found
directory-all-members = All members
directory-manage = Manage this organisation
# $level is the code of the organisation's level of governance.
directory-governance = { $level ->
    [local] Local level
    [regional] Regional level
    [national] National level
    [european] European level
   *[international] International level
}
directory-mentor-capacity = Mentors others (up to { $count } at a time)
directory-working-languages = Working languages
directory-themes = Themes
directory-people = { $count ->
    [one] { $count } person on { -brand }
   *[other] { $count } people on { -brand }
}
directory-practices = Practices
directory-no-practices = No published practice yet.
directory-activity = Activity

# The activity feed: one line per event.
activity-more = Show older activity
activity-empty = Nothing has happened here yet.
activity-reason = Reason given:
activity-by-person = by { $name }
activity-by-key = by the partner system “{ $name }”
# Stand-ins for a name the event does not carry.
activity-unknown-organisation = An organisation
activity-unknown-practice = a practice
activity-unknown-person = Someone
activity-unknown-key = a partner system
activity-unknown-absorbed = another organisation
activity-organisation-registered = { $org } joined the network
activity-organisation-updated = { $org } updated its profile
activity-organisation-approved = { $org } was approved
activity-organisation-rejected = { $org } was not approved
activity-organisation-suspended = { $org } was suspended
activity-organisation-reactivated = { $org } was reactivated
activity-organisation-merged = { $absorbed } was merged into { $org }
activity-person-joined = { $person } joined { $org }
# $role is a role's code (member, org_admin), or "other" when the event does not say.
activity-person-role-changed = { $person } is now { $role ->
    [member] member
    [org_admin] organisation admin
   *[other] another role
} of { $org }
activity-person-removed = { $person } was removed from { $org }
activity-person-disabled = The account of { $person } ({ $org }) was disabled
activity-person-enabled = The account of { $person } ({ $org }) was enabled again
activity-person-network-admin-granted = { $person } ({ $org }) became a network admin
activity-person-network-admin-revoked = { $person } ({ $org }) is no longer a network admin
activity-invitation-created = { $org } invited someone to join
activity-invitation-redeemed = An invitation to { $org } was accepted
activity-invitation-revoked = { $org } revoked an invitation
activity-practice-created = { $org } started a draft: “{ $title }”
activity-practice-updated = { $org } edited the draft “{ $title }”
activity-practice-submitted = { $org } submitted “{ $title }” for review
activity-practice-published = { $org } published “{ $title }”
activity-practice-rejected = “{ $title }” was sent back to { $org }
activity-practice-archived = “{ $title }” by { $org } was archived
activity-api-key-created = { $org } created the API key “{ $key }”
activity-api-key-revoked = The API key “{ $key }” of { $org } was revoked
catalogue-skip-to-results = Skip to the results
catalogue-filters-toggle = { $active ->
    [0] Filters
   *[other] Filters ({ $active } chosen)
}
catalogue-card-themes = Themes
editor-source-language = Written in
editor-source-language-hint = The language you write this practice in; translations are added afterwards.
editor-period = When the programme ran
editor-period-hint = Years, as the programme ran on the ground (not when it is published here). Leave empty if unknown.
editor-ran-from = From (year)
editor-ran-until = Until (year)
editor-year-not-a-number = must be a year, such as 2016
activity-practice-translated = { $org } translated “{ $title }” into { $language }
activity-organisation-translated = { $org } translated its description into { $language }
practice-period = Programme ran { $from }–{ $until }
practice-period-year = Programme ran in { $year }
practice-period-since = Programme running since { $from }
practice-period-until = Programme ran until { $until }
catalogue-facet-available-language = Can be read in
catalogue-mentor-available = Mentor available
