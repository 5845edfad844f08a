# Les listes fermées du réseau, par code (crates/domain/src/vocab.rs, notify.rs).
org-kind-ngo = ONG
org-kind-municipality = Municipalité
org-kind-regional_authority = Collectivité régionale
org-kind-national_authority = Administration nationale
org-kind-un_agency = Agence des Nations unies
org-kind-international_org = Organisation internationale
org-kind-refugee_led = Organisation dirigée par des personnes réfugiées
org-kind-faith_based = Organisation confessionnelle
org-kind-university = Université
org-kind-private_sector = Secteur privé
org-kind-volunteer_initiative = Initiative bénévole
org-kind-service_provider = Prestataire de services

governance-local = Locale
governance-regional = Régionale
governance-national = Nationale
governance-european = Européenne
governance-international = Internationale

context-metropolitan = Métropole
context-urban = Urbain
context-peri_urban = Périurbain
context-rural = Rural

theme-education = Éducation
theme-livelihoods = Moyens de subsistance
theme-health = Santé
theme-protection = Protection
theme-housing = Logement
theme-social_cohesion = Cohésion sociale
theme-language = Apprentissage de la langue
theme-legal_aid = Aide juridique
theme-volunteering = Bénévolat
theme-local_economic_development = Développement économique local
theme-solid_waste = Gestion des déchets solides
theme-resettlement = Réinstallation
theme-participation = Participation
theme-governance = Gouvernance multiniveau
theme-gender_equality = Égalité femmes-hommes
theme-mental_health = Santé mentale et soutien psychosocial

target-group-refugees = Personnes réfugiées
target-group-asylum_seekers = Demandeurs et demandeuses d’asile
target-group-migrants = Personnes migrantes
target-group-internally_displaced = Personnes déplacées internes
target-group-host_communities = Communautés d’accueil
target-group-women = Femmes
target-group-children = Enfants
target-group-youth = Jeunes
target-group-elderly = Personnes âgées
target-group-unaccompanied_minors = Mineurs non accompagnés
target-group-people_with_disabilities = Personnes en situation de handicap
target-group-volunteers = Bénévoles
target-group-local_authorities = Autorités locales

role-member = Membre
role-org_admin = Administrateur de l’organisation

org-status-pending = En attente d’approbation
org-status-active = Active
org-status-suspended = Suspendue
org-status-rejected = Refusée

practice-status-draft = Brouillon
practice-status-submitted = Soumise pour relecture
practice-status-published = Publiée
practice-status-archived = Archivée

notification-kind-practice_submitted = Une pratique a été soumise pour relecture (administrateurs du réseau)
notification-kind-practice_published = Une pratique de votre organisation a été publiée
notification-kind-practice_rejected = Une pratique de votre organisation vous a été renvoyée
notification-kind-member_joined = Une personne a rejoint votre organisation (administrateurs de l’organisation)
notification-kind-organisation_reviewed = Votre organisation a été approuvée, refusée, suspendue ou réactivée

delivery-immediate = Par courriel, immédiatement
delivery-weekly = Dans le récapitulatif hebdomadaire
delivery-never = Pas de courriel (seulement la cloche)
