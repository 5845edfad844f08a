# Die festen Listen des Netzwerks, nach Code (crates/domain/src/vocab.rs, notify.rs).
org-kind-ngo = NGO
org-kind-municipality = Kommune
org-kind-regional_authority = Regionalbehörde
org-kind-national_authority = Nationale Behörde
org-kind-un_agency = UN-Organisation
org-kind-international_org = Internationale Organisation
org-kind-refugee_led = Selbstorganisation Geflüchteter
org-kind-faith_based = Religiöse Organisation
org-kind-university = Hochschule
org-kind-private_sector = Privatwirtschaft
org-kind-volunteer_initiative = Ehrenamtliche Initiative
org-kind-service_provider = Dienstleister

governance-local = Lokal
governance-regional = Regional
governance-national = National
governance-european = Europäisch
governance-international = International

context-metropolitan = Metropole
context-urban = Städtisch
context-peri_urban = Stadtrand
context-rural = Ländlich

theme-education = Bildung
theme-livelihoods = Lebensunterhalt
theme-health = Gesundheit
theme-protection = Schutz
theme-housing = Wohnen
theme-social_cohesion = Sozialer Zusammenhalt
theme-language = Spracherwerb
theme-legal_aid = Rechtsberatung
theme-volunteering = Ehrenamt
theme-local_economic_development = Lokale Wirtschaftsförderung
theme-solid_waste = Abfallwirtschaft
theme-resettlement = Resettlement
theme-participation = Teilhabe
theme-governance = Mehrebenen-Governance
theme-gender_equality = Geschlechtergerechtigkeit
theme-mental_health = Psychische Gesundheit und psychosoziale Unterstützung

target-group-refugees = Geflüchtete
target-group-asylum_seekers = Asylsuchende
target-group-migrants = Migrantinnen und Migranten
target-group-internally_displaced = Binnenvertriebene
target-group-host_communities = Aufnahmegesellschaft
target-group-women = Frauen
target-group-children = Kinder
target-group-youth = Jugendliche
target-group-elderly = Ältere Menschen
target-group-unaccompanied_minors = Unbegleitete Minderjährige
target-group-people_with_disabilities = Menschen mit Behinderungen
target-group-volunteers = Ehrenamtliche
target-group-local_authorities = Kommunalverwaltungen

role-member = Mitglied
role-org_admin = Organisationsadmin

org-status-pending = Wartet auf Freigabe
org-status-active = Aktiv
org-status-suspended = Gesperrt
org-status-rejected = Abgelehnt

practice-status-draft = Entwurf
practice-status-submitted = Zur Prüfung eingereicht
practice-status-published = Veröffentlicht
practice-status-archived = Archiviert

notification-kind-practice_submitted = Eine Praxis wurde zur Prüfung eingereicht (Netzwerkadmins)
notification-kind-practice_published = Eine Praxis Ihrer Organisation wurde veröffentlicht
notification-kind-practice_rejected = Eine Praxis Ihrer Organisation wurde zur Überarbeitung zurückgegeben
notification-kind-member_joined = Jemand ist Ihrer Organisation beigetreten (Organisationsadmins)
notification-kind-organisation_reviewed = Ihre Organisation wurde freigegeben, abgelehnt, gesperrt oder wieder aktiviert

delivery-immediate = Sofort per E-Mail
delivery-weekly = In der wöchentlichen Zusammenfassung
delivery-never = Nicht per E-Mail (nur die Glocke)
