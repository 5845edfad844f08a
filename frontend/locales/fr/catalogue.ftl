# Page d’accueil : ce qu’est le réseau, ses chiffres en direct et son activité récente.
home-title = Faire voyager les bonnes pratiques
home-lead = { -brand } est une communauté de pratique qui réunit les organisations au service des personnes réfugiées et migrantes : ONG, municipalités, agences des Nations unies, organisations dirigées par des personnes réfugiées, universités. Une organisation dont le programme a fait ses preuves accompagne comme mentor celle qui souhaite le mettre en œuvre chez elle, du premier appel à manifestation d’intérêt jusqu’à une reproduction documentée et reconnue.
home-stats-label = Le réseau aujourd’hui
# Les mots qui suivent chaque chiffre, affiché juste avant eux.
home-stat-organisations = { $count ->
    [one] organisation membre
   *[other] organisations membres
}
home-stat-countries = { $count ->
    [one] pays
   *[other] pays
}
home-stat-practices = { $count ->
    [one] bonne pratique publiée
   *[other] bonnes pratiques publiées
}
home-stat-mentors = { $count ->
    [one] organisation prête à être mentor
   *[other] organisations prêtes à être mentors
}
home-browse = Parcourir les bonnes pratiques
home-join = Rejoindre le réseau
home-how-heading = Comment une bonne pratique voyage
home-step-document = La documenter.
home-step-document-body = Un membre décrit un programme qui a fait ses preuves : le problème, ce qui a été fait, les résultats et leurs preuves. Les administrateurs du réseau relisent la fiche avant sa publication.
home-step-find = La trouver.
home-step-find-body = D’autres membres cherchent dans le catalogue par thème, type de territoire, pays, langue et public concerné.
home-step-replicate = La reproduire.
home-step-replicate-body = L’organisation qui l’a menée accompagne comme mentor celle qui veut la mettre en œuvre chez elle, avec une boîte à outils de manuels, de modèles et de supports de formation.
home-activity-heading = Les dernières nouvelles du réseau
home-activity-intro = Bonnes pratiques publiées et organisations ayant rejoint le réseau, des plus récentes aux plus anciennes.
home-activity-follow = Suivre dans un lecteur de flux (Atom)

# Le catalogue : recherche, tri, filtres et résultats.
catalogue-title = Bonnes pratiques
catalogue-search-label = Rechercher parmi les bonnes pratiques
catalogue-search-placeholder = Rechercher : déchets, bénévolat, Tampere…
catalogue-search-submit = Rechercher
catalogue-sort = Trier
catalogue-sort-relevance = Pertinence, puis les plus récentes
catalogue-sort-newest = Les plus récentes
catalogue-sort-title = Titre
catalogue-filters = Filtres
catalogue-facet-theme = Thème
catalogue-facet-context = Type de territoire
catalogue-facet-country = Pays
catalogue-facet-target-group = Public concerné
catalogue-facet-language = Langue
# Le nombre de bonnes pratiques que trouverait une valeur de filtre.
catalogue-facet-count = ({ $count })
catalogue-results = Résultats
catalogue-result-count = { $count ->
    [one] { $count } bonne pratique
   *[other] { $count } bonnes pratiques
}
catalogue-no-results = Aucune bonne pratique ne correspond à tous ces filtres.
catalogue-clear = Effacer la recherche
# Entre les pays d’une bonne pratique, dans les résultats.
catalogue-list-separator = { ", " }

# Une bonne pratique : sa page, les actions possibles et sa relecture.
practice-not-found = Bonne pratique introuvable
practice-unavailable = Impossible d’afficher cette bonne pratique
practice-back-to-catalogue = Retour au catalogue
practice-published-on = publiée le { $date }
# Un problème relevé par le serveur à la soumission : le champ, puis ce qui ne va pas.
practice-problem = { $field } : { $message }
practice-complete = Compléter la bonne pratique
practice-sent-back = Renvoyée par le réseau :
practice-edit = Modifier
practice-submit = Soumettre pour relecture
practice-publish = Publier
practice-reject = Renvoyer
practice-archive = Archiver
# Complètent « Pour …, confirmez d’abord votre adresse e-mail ».
practice-verify-to-submit = Pour soumettre cette bonne pratique pour relecture, confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé, ou renvoyez-le depuis le bandeau en haut de la page.
practice-verify-to-publish = Pour la publier, confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé, ou renvoyez-le depuis le bandeau en haut de la page.
practice-reject-reason = Pourquoi la renvoyer ? L’organisation lira ce message.
practice-reject-confirm = Renvoyer à l’organisation
practice-reject-cancel = Annuler
practice-problem-heading = Le problème
practice-approach-heading = Ce qui a été fait
practice-results-heading = Résultats
practice-figures-heading = En chiffres
practice-themes-heading = Thèmes
practice-target-groups-heading = Public concerné
practice-where-heading = Où
practice-languages-heading = Langues de la documentation
practice-not-written = Pas encore rédigé.
# Les champs d’une bonne pratique, tels que les nomme la liste de ce qui manque.
practice-field-title = Titre
practice-field-summary = Résumé
practice-field-problem = Le problème
practice-field-approach = Ce qui a été fait
practice-field-results = Résultats
practice-field-figures = Chiffres
practice-field-themes = Thèmes
practice-field-target-groups = Public concerné
practice-field-settlement-contexts = Types de territoire
practice-field-countries = Pays
practice-field-languages = Langues
practice-field-practice = Bonne pratique

# Rédiger une bonne pratique : le formulaire et ses pages.
editor-new-title = Partager une bonne pratique
editor-login-needed = Connectez-vous pour partager une bonne pratique de votre organisation.
editor-new-intro = Elle est enregistrée comme brouillon de votre organisation. Soumettez-la pour relecture une fois complète : les administrateurs du réseau la relisent avant qu’elle n’apparaisse dans le catalogue.
editor-edit-title = Modifier une bonne pratique
editor-edit-heading = Modifier la bonne pratique
editor-save-draft = Enregistrer le brouillon
editor-save-and-submit = Enregistrer et soumettre pour relecture
editor-not-owner = Seule l’organisation à laquelle appartient cette bonne pratique peut la modifier.
# $status est le code du statut de la bonne pratique ; un brouillon ne voit jamais ce message.
editor-not-draft = Cette bonne pratique est { $status ->
    [submitted] soumise pour relecture
    [published] publiée
    [archived] archivée
   *[draft] un brouillon
} : seuls les brouillons sont modifiables, afin que ce que lisent les relecteurs soit exactement ce qui est publié.
editor-back-to-practice = Retour à la bonne pratique
editor-sent-back = Renvoyée par le réseau :
editor-figures-legend = Impact en chiffres (facultatif)
editor-figures-hint = Par exemple : 3700 — enfants réfugiés en cours de mathématiques et d’anglais.
editor-figure-number = Nombre
editor-figure-label = Ce qui a été compté
editor-figure-remove = Retirer
editor-figure-add = Ajouter un chiffre
editor-title = Titre
editor-summary = Résumé
editor-summary-hint = Une ou deux phrases pour le catalogue.
editor-problem = Le problème auquel elle répond
editor-approach = Ce qui a été fait, et comment
editor-results = Résultats et preuves
editor-countries = Pays où elle a été menée
editor-languages = Langues de sa documentation
editor-themes = Thèmes
editor-target-groups = Public concerné
editor-contexts = Types de territoire

# L’annuaire des membres et la page publique d’une organisation.
directory-title = Membres
directory-lead = Les organisations du réseau, et celles d’entre elles qui accompagnent les autres comme mentors.
directory-filter-q = Nom, ville ou mots-clés
directory-filter-kind = Type
directory-filter-any = Tous
directory-filter-country = Pays
directory-filter-context = Type de territoire
directory-filter-language = Langue de travail
directory-filter-theme = Thème
directory-filter-can-mentor = Propose du mentorat
directory-filter-submit = Filtrer
directory-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
directory-place = { $city }, { $country }
directory-mentors = Mentor pour d’autres organisations
directory-org-not-found = Organisation introuvable
directory-all-members = Tous les membres
directory-manage = Gérer cette organisation
# $level est le code du niveau de gouvernance de l’organisation.
directory-governance = { $level ->
    [local] Niveau local
    [regional] Niveau régional
    [national] Niveau national
    [european] Niveau européen
   *[international] Niveau international
}
directory-mentor-capacity = Mentor pour d’autres organisations (jusqu’à { $count } à la fois)
directory-working-languages = Langues de travail
directory-themes = Thèmes
directory-people = { $count ->
    [one] { $count } personne sur { -brand }
   *[other] { $count } personnes sur { -brand }
}
directory-practices = Bonnes pratiques
directory-no-practices = Aucune bonne pratique publiée pour l’instant.
directory-activity = Activité

# Le fil d’activité : une ligne par événement.
activity-more = Afficher l’activité plus ancienne
activity-empty = Rien ne s’est encore passé ici.
activity-reason = Motif indiqué :
activity-by-person = par { $name }
activity-by-key = par le système partenaire « { $name } »
# Ce qui remplace un nom que l’événement ne donne pas.
activity-unknown-organisation = Une organisation
activity-unknown-practice = une bonne pratique
activity-unknown-person = Quelqu’un
activity-unknown-key = un système partenaire
activity-unknown-absorbed = une autre organisation
activity-organisation-registered = { $org } a rejoint le réseau
activity-organisation-updated = { $org } a mis à jour son profil
activity-organisation-approved = { $org } a été approuvée
activity-organisation-rejected = { $org } n’a pas été approuvée
activity-organisation-suspended = { $org } a été suspendue
activity-organisation-reactivated = { $org } a été réactivée
activity-organisation-merged = { $absorbed } a été fusionnée avec { $org }
activity-person-joined = { $person } a rejoint { $org }
# $role est le code d’un rôle (member, org_admin), ou « other » quand l’événement ne le dit pas.
activity-person-role-changed = { $person } est désormais { $role ->
    [member] membre
    [org_admin] administrateur
   *[other] titulaire d’un autre rôle
} de { $org }
activity-person-removed = { $org } a retiré { $person } de ses membres
activity-person-disabled = Le compte de { $person } ({ $org }) a été désactivé
activity-person-enabled = Le compte de { $person } ({ $org }) a été réactivé
activity-person-network-admin-granted = { $person } ({ $org }) a reçu les droits d’administration du réseau
activity-person-network-admin-revoked = { $person } ({ $org }) n’a plus les droits d’administration du réseau
activity-invitation-created = { $org } a invité une personne à la rejoindre
activity-invitation-redeemed = Une invitation à rejoindre { $org } a été acceptée
activity-invitation-revoked = { $org } a révoqué une invitation
activity-practice-created = { $org } a commencé un brouillon : « { $title } »
activity-practice-updated = { $org } a modifié le brouillon « { $title } »
activity-practice-submitted = { $org } a soumis « { $title } » pour relecture
activity-practice-published = { $org } a publié « { $title } »
activity-practice-rejected = « { $title } » a été renvoyée à { $org }
activity-practice-archived = « { $title } », de { $org }, a été archivée
activity-api-key-created = { $org } a créé la clé d’API « { $key } »
activity-api-key-revoked = La clé d’API « { $key } » de { $org } a été révoquée
catalogue-skip-to-results = Aller aux résultats
catalogue-filters-toggle = { $active ->
    [0] Filtres
   *[other] Filtres ({ $active } choisis)
}
catalogue-card-themes = Thèmes
editor-source-language = Langue de rédaction
editor-source-language-hint = La langue dans laquelle vous rédigez cette pratique ; les traductions s’ajoutent ensuite.
editor-period = Période du programme
editor-period-hint = Les années où le programme s’est déroulé sur le terrain (et non sa date de publication ici). Laissez vide si vous ne savez pas.
editor-ran-from = De (année)
editor-ran-until = À (année)
editor-year-not-a-number = Saisissez une année, par exemple 2016
activity-practice-translated = { $org } a traduit « { $title } » en { $language }
activity-organisation-translated = { $org } a traduit sa présentation en { $language }
practice-period = Programme mené de { $from } à { $until }
practice-period-year = Programme mené en { $year }
practice-period-since = Programme en cours depuis { $from }
practice-period-until = Programme mené jusqu’en { $until }
catalogue-facet-available-language = Disponible en
catalogue-mentor-available = Mentor disponible
