# The network's closed lists, by code (crates/domain/src/vocab.rs, notify.rs).
org-kind-ngo = NGO
org-kind-municipality = Municipality
org-kind-regional_authority = Regional authority
org-kind-national_authority = National authority
org-kind-un_agency = UN agency
org-kind-international_org = International organisation
org-kind-refugee_led = Refugee-led organisation
org-kind-faith_based = Faith-based organisation
org-kind-university = University
org-kind-private_sector = Private sector
org-kind-volunteer_initiative = Volunteer initiative
org-kind-service_provider = Service provider

governance-local = Local
governance-regional = Regional
governance-national = National
governance-european = European
governance-international = International

context-metropolitan = Metropolitan
context-urban = Urban
context-peri_urban = Peri-urban
context-rural = Rural

theme-education = Education
theme-livelihoods = Livelihoods
theme-health = Health
theme-protection = Protection
theme-housing = Housing
theme-social_cohesion = Social cohesion
theme-language = Language learning
theme-legal_aid = Legal aid
theme-volunteering = Volunteering
theme-local_economic_development = Local economic development
theme-solid_waste = Solid waste management
theme-resettlement = Resettlement
theme-participation = Participation
theme-governance = Multi-level governance
theme-gender_equality = Gender equality
theme-mental_health = Mental health and psychosocial support

target-group-refugees = Refugees
target-group-asylum_seekers = Asylum seekers
target-group-migrants = Migrants
target-group-internally_displaced = Internally displaced people
target-group-host_communities = Host communities
target-group-women = Women
target-group-children = Children
target-group-youth = Youth
target-group-elderly = Older people
target-group-unaccompanied_minors = Unaccompanied minors
target-group-people_with_disabilities = People with disabilities
target-group-volunteers = Volunteers
target-group-local_authorities = Local authorities

role-member = Member
role-org_admin = Organisation admin

org-status-pending = Awaiting approval
org-status-active = Active
org-status-suspended = Suspended
org-status-rejected = Rejected

practice-status-draft = Draft
practice-status-submitted = Submitted for review
practice-status-published = Published
practice-status-archived = Archived

notification-kind-practice_submitted = A practice was submitted for review (network admins)
notification-kind-practice_published = One of your organisation's practices was published
notification-kind-practice_rejected = One of your organisation's practices was sent back
notification-kind-member_joined = Someone joined your organisation (org admins)
notification-kind-organisation_reviewed = Your organisation was approved, rejected, suspended or reactivated

delivery-immediate = By mail at once
delivery-weekly = In the weekly digest
delivery-never = Not by mail (only the bell)
