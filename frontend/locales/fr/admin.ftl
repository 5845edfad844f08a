# Les écrans des administrateurs du réseau (frontend/src/pages/admin) et les clés d’API partenaires (pages/api_keys.rs).

# Qui peut les voir.
admin-title = Administration
admin-not-allowed = Accès refusé
admin-only-admins = Seuls les administrateurs du réseau peuvent voir cette page.
admin-login-needed = Cette page est réservée aux administrateurs du réseau. Connectez-vous d’abord.
admin-back-home = Retour à l’accueil

# Le tableau de bord : le réseau en chiffres (chaque libellé suit son nombre, en gras).
admin-heading = Administration du réseau
admin-stat-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
admin-stat-awaiting-approval = { $count ->
   *[other] en attente d’approbation
}
admin-stat-suspended = { $count ->
    [one] suspendue
   *[other] suspendues
}
admin-stat-people = { $count ->
    [one] personne
   *[other] personnes
}
admin-stat-countries = { $count ->
   *[other] pays
}
admin-stat-published = { $count ->
    [one] bonne pratique publiée
   *[other] bonnes pratiques publiées
}
admin-stat-waiting-for-review = { $count ->
   *[other] en attente de relecture
}
admin-stat-drafts = { $count ->
    [one] brouillon
   *[other] brouillons
}
admin-stat-archived = { $count ->
    [one] archivée
   *[other] archivées
}

# Les outils du tableau de bord.
admin-tools = Outils
admin-tile-organisations = Organisations
admin-tile-organisations-hint = Approuver les nouvelles organisations, vérifier les doublons possibles, suspendre ou fusionner.
admin-tile-organisations-count = { $count ->
    [one] { $count } organisation en attente d’approbation
   *[other] { $count } organisations en attente d’approbation
}
admin-tile-people = Personnes
admin-tile-people-hint = Trouver une personne ; désactiver ou réactiver un compte, renvoyer un lien de vérification, accorder des droits d’administrateur.
admin-tile-moderation = File de modération
admin-tile-moderation-hint = Les bonnes pratiques en attente de relecture : publiez-les ou renvoyez-les.
admin-tile-moderation-count = { $count } en attente
admin-tile-jobs = Tâches en arrière-plan
admin-tile-jobs-hint = Le travail que la plateforme effectue plus tard : événements à distribuer, e-mails à envoyer. Relancez les tâches abandonnées.
admin-tile-jobs-count = { $dead ->
    [one] { $pending } en attente, { $dead } tâche abandonnée
   *[other] { $pending } en attente, { $dead } tâches abandonnées
}
admin-tile-mail = Boîte d’envoi
admin-tile-mail-hint = Tous les e-mails que la plateforme a envoyés ou, faute de serveur de messagerie, conservés ici.
admin-tile-mail-count = { $count ->
    [one] { $count } e-mail
   *[other] { $count } e-mails
}
admin-tile-keys = Clés d’API
admin-tile-keys-hint = Les clés d’API partenaires de toutes les organisations ; révoquez celle qui a fuité.

# La file de modération.
admin-moderation-title = File de modération
admin-moderation-intro = Les bonnes pratiques que leurs organisations ont soumises pour relecture, les plus anciennes d’abord. Publier en ajoute une au catalogue ; la renvoyer la remet à l’état de brouillon, avec votre motif.
admin-moderation-empty = Rien n’attend de relecture.
admin-moderation-submitted = soumise le { $date }
admin-moderation-publish = Publier
admin-moderation-reason-label = Ou renvoyez-la en expliquant pourquoi (l’organisation lira ce message)
admin-moderation-send-back = Renvoyer
admin-moderation-reason-required = Le motif est obligatoire.
admin-moderation-reason-too-short = { $min ->
    [one] Le motif doit compter au moins { $min } caractère.
   *[other] Le motif doit compter au moins { $min } caractères.
}
admin-moderation-reason-too-long = { $max ->
    [one] Le motif doit compter au plus { $max } caractère.
   *[other] Le motif doit compter au plus { $max } caractères.
}
admin-moderation-reason-control = Le motif ne doit pas contenir de caractères de contrôle.

# Les tâches en arrière-plan.
admin-jobs-title = Tâches en arrière-plan
admin-jobs-intro = Le travail que la plateforme effectue après une modification : transformer les événements en notifications, envoyer les e-mails, les récapitulatifs hebdomadaires. Une tâche qui échoue est retentée plus tard ; après sa dernière tentative, elle est abandonnée et vous attend ici.
admin-jobs-status = Statut
admin-jobs-any-status = Tous les statuts
admin-jobs-status-pending = En attente
admin-jobs-status-running = En cours
admin-jobs-status-done = Terminée
admin-jobs-status-dead = Abandonnée
admin-jobs-none = Aucune tâche ne correspond.
admin-jobs-count = { $count ->
    [one] { $count } tâche
   *[other] { $count } tâches
}
admin-jobs-col-job = Tâche
admin-jobs-col-status = Statut
admin-jobs-col-attempts = Tentatives
admin-jobs-col-when = Quand
admin-jobs-col-error = Dernière erreur
admin-jobs-attempts = { $attempts } / { $max }
admin-jobs-payload = Données
admin-jobs-created = Créée le { $when }
admin-jobs-runs = Prévue le { $when }
admin-jobs-finished = Terminée le { $when }
admin-jobs-retry = Relancer
admin-jobs-retry-confirm = Relancer la tâche
admin-jobs-retry-question = Relancer la tâche n° { $id } ({ $kind }) ? Elle s’exécute de nouveau dès qu’un processus est libre, avec un nouveau jeu de tentatives. Son travail n’est effectué qu’une fois, même si elle avait déjà partiellement abouti.
admin-jobs-retried = La tâche n° { $id } ({ $kind }) est de nouveau en file d’attente ; un processus l’exécutera sous peu.

# La boîte d’envoi.
admin-mail-title = Boîte d’envoi
admin-mail-intro = Tous les e-mails produits par la plateforme, les plus récents d’abord. Sans serveur de messagerie (TWINNING_SMTP_URL non défini), les e-mails sont conservés ici au lieu d’être envoyés : rien n’est perdu et vous pouvez lire ce qui serait parti.
admin-mail-none = Aucun e-mail pour l’instant.
admin-mail-none-match = Aucun e-mail n’a ce statut.
admin-mail-status = Statut
admin-mail-any-status = Tous les statuts
admin-mail-status-queued = En attente d’envoi
admin-mail-status-sent = Envoyé
admin-mail-status-kept = Conservé ici (pas de serveur de messagerie)
admin-mail-status-failed = Échec
admin-mail-category-account = Compte et sécurité
admin-mail-category-digest = Récapitulatif hebdomadaire
admin-mail-category-practice-submitted = Notification : bonne pratique soumise
admin-mail-category-practice-published = Notification : bonne pratique publiée
admin-mail-category-practice-rejected = Notification : bonne pratique renvoyée
admin-mail-category-member-joined = Notification : nouveau membre
admin-mail-category-organisation-reviewed = Notification : organisation examinée
admin-mail-category-other = Notification : { $code }
admin-mail-count = { $count ->
    [one] { $count } e-mail
   *[other] { $count } e-mails
}
admin-mail-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
admin-mail-to = À
admin-mail-sent = envoyé le { $when }
admin-mail-written = rédigé le { $when }
admin-mail-last-error = Dernière erreur : { $error }
admin-mail-read-text = Lire le texte

# Les clés d’API de toutes les organisations.
admin-keys-title = Clés d’API
admin-keys-intro = Les clés que chaque organisation a créées pour ses systèmes partenaires, les plus récentes d’abord. Leurs administrateurs les gèrent sous « Mon organisation » ; révoquez-en une ici si elle a fuité ou si son organisation est injoignable.
admin-keys-none = Aucune organisation n’a encore créé de clé.
admin-keys-none-here = Aucune clé sur cette page ; revenez à la première.
admin-keys-count = { $count ->
    [one] { $count } clé
   *[other] { $count } clés
}

# L’examen des organisations.
admin-orgs-title = Organisations
admin-orgs-intro = Les nouvelles organisations attendent ici votre approbation : d’ici là, elles ne sont ni listées, ni comptées, ni proposées comme mentors, et ne peuvent rien soumettre. Vérifiez d’abord qui les a inscrites et les doublons possibles.
admin-orgs-status = Statut
admin-orgs-any-status = Toutes (en attente d’approbation d’abord)
admin-orgs-none = Aucune organisation ne correspond.
admin-orgs-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
admin-orgs-members = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-orgs-registrant = Inscrite par { $name } <{ $email }> le { $date }
admin-orgs-no-registrant = Auteur de l’inscription inconnu (compte supprimé)
admin-orgs-duplicates = Doublons possibles
admin-orgs-duplicate-alike = ({ $status }, similaire à { $percent } %)
admin-orgs-merge-into-this = Fusionner dans celle-ci
admin-orgs-dismiss = Pas un doublon
admin-orgs-dismiss-confirm = Écarter
admin-orgs-dismiss-question = Considérer { $name } et { $other } comme des organisations distinctes ?
admin-orgs-dismissed = { $name } et { $other } ne sont plus signalées comme doublons.
admin-orgs-reason = Motif (ses membres le liront)
admin-orgs-need-reason = Indiquez d’abord le motif : ses membres le liront.
admin-orgs-approve = Approuver
admin-orgs-reject = Refuser
admin-orgs-suspend = Suspendre
admin-orgs-reactivate = Réactiver
admin-orgs-approve-question = Approuver { $name } ? Elle est désormais listée et comptée, et peut soumettre des bonnes pratiques ; la personne qui l’a inscrite en est informée par e-mail.
admin-orgs-reject-question = Refuser { $name } ? La personne qui l’a inscrite reçoit votre motif par e-mail ; l’organisation reste non listée.
admin-orgs-suspend-question = Suspendre { $name } ? Elle est aussitôt masquée et ses membres sont déconnectés ; son contenu est conservé.
admin-orgs-reactivate-question = Réactiver { $name } ? Elle est de nouveau listée.
admin-orgs-approved = { $name } a été approuvée.
admin-orgs-rejected = { $name } a été refusée.
admin-orgs-suspended = { $name } a été suspendue.
admin-orgs-reactivated = { $name } a été réactivée.
admin-orgs-merge = Fusionner
admin-orgs-merge-into = Fusionner dans (l’identifiant d’adresse de l’organisation conservée)
admin-orgs-merge-confirm = Les fusionner
admin-orgs-need-into = Indiquez l’organisation conservée.
admin-orgs-merge-question = Fusionner { $name } dans { $into } ? Ses membres, bonnes pratiques, clés et historique passent à { $into } en une seule opération, et { $name } est supprimée ; son adresse mène désormais à { $into }. Cette action est irréversible.
admin-orgs-merged = { $count ->
    [one] { $from } a été fusionnée dans { $into } : { $count } enregistrement déplacé.
   *[other] { $from } a été fusionnée dans { $into } : { $count } enregistrements déplacés.
}

# Les personnes et leurs comptes.
admin-people-title = Personnes
admin-people-intro = Toutes les personnes qui ont un compte, les plus récentes d’abord. Recherchez par nom, adresse e-mail ou organisation.
admin-people-search = Recherche
admin-people-find = Rechercher
admin-people-none = Personne ne correspond.
admin-people-count = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-people-never-seen = aucune connexion
admin-people-last-seen = dernière activité le { $when }
admin-people-joined = inscription le { $date }
admin-people-flag-verified = adresse vérifiée
admin-people-flag-unverified = adresse non vérifiée
admin-people-flag-network-admin = administrateur du réseau
admin-people-flag-disabled = compte désactivé
admin-people-flag-removed = ne fait plus partie de son organisation
admin-people-disable = Désactiver
admin-people-enable = Réactiver
admin-people-resend = Renvoyer le lien de vérification
admin-people-grant = Nommer administrateur du réseau
admin-people-revoke = Retirer les droits d’administrateur du réseau
admin-people-disable-question = Désactiver le compte de { $name } ? Cette personne est aussitôt déconnectée partout et ne peut plus se connecter tant que vous ne réactivez pas son compte ; ce qu’elle a rédigé est conservé.
admin-people-enable-question = Réactiver le compte de { $name } ? Cette personne pourra de nouveau se connecter.
admin-people-grant-question = Nommer { $name } administrateur du réseau ? Cette personne pourra approuver des organisations, modérer les bonnes pratiques et gérer tous les comptes. Elle est déconnectée et se reconnecte avec ses nouveaux droits.
admin-people-revoke-question = Retirer à { $name } les droits d’administrateur du réseau ? Cette personne est déconnectée partout.
admin-people-disabled = Le compte de { $name } est désactivé ; cette personne a été déconnectée partout.
admin-people-enabled = Le compte de { $name } est de nouveau actif.
admin-people-resent = Un nouveau lien de vérification a été envoyé à { $name } à l’adresse { $email }.
admin-people-granted = { $name } est désormais administrateur du réseau.
admin-people-revoked = { $name } n’est plus administrateur du réseau.

# Les clés d’API partenaires d’une organisation (sous « Mon organisation »).
api-keys-heading = Clés d’API
api-keys-intro = Une clé permet à l’un de vos systèmes partenaires (un outil de gestion de dossiers, un site web, un script) d’utiliser l’API de Twinning pour votre organisation, dans les limites des autorisations que vous lui accordez. Elle ne peut jamais faire plus qu’un administrateur de votre organisation, ni administrer le réseau.
api-keys-none = Aucune clé pour l’instant.
api-keys-new-heading = Créer une clé
api-keys-name = Nom
api-keys-name-hint = Son usage, pour la reconnaître plus tard, par exemple « Synchronisation de la gestion des dossiers ».
api-keys-scopes = Ce qu’elle peut faire
api-keys-scope-read-private = Lire les brouillons, les membres et l’activité privée de l’organisation
api-keys-scope-write-practices = Créer, modifier et soumettre les bonnes pratiques de l’organisation
api-keys-scope-write-organisation = Modifier le profil de l’organisation
api-keys-expires = Date d’expiration (facultative)
api-keys-expires-hint = Elle cesse de fonctionner à la fin de ce jour (UTC). Laissez vide pour une clé valable jusqu’à ce que vous la révoquiez.
api-keys-expires-invalid = doit être une date, par exemple 2027-12-31
api-keys-create = Créer la clé
api-keys-created = La clé « { $name } » est créée.
api-keys-shown-once = Copiez cette clé maintenant : elle ne s’affiche qu’une seule fois.
api-keys-why-once = Twinning n’en conserve qu’une empreinte : personne, pas même les administrateurs du réseau, ne peut l’afficher de nouveau. Si vous la perdez, révoquez-la et créez-en une autre.
api-keys-how-to-use = Votre système l’envoie à chaque requête dans l’en-tête
api-keys-copy = Copier la clé
api-keys-copied = Copiée dans le presse-papiers.
api-keys-copy-failed = Le navigateur ne nous a pas permis de la copier : sélectionnez la clé et copiez-la vous-même.
api-keys-done = Je l’ai conservée en lieu sûr : masquer la clé
api-keys-col-name = Nom
api-keys-col-organisation = Organisation
api-keys-col-key = Début de la clé
api-keys-col-scopes = Autorisations
api-keys-col-created = Création
api-keys-col-used = Dernière utilisation
api-keys-col-expires = Expiration
api-keys-col-state = État
api-keys-never-used = Jamais
api-keys-no-expiry = Jamais
api-keys-active = Active
api-keys-revoked-on = Révoquée le { $date }
api-keys-expired-on = Expirée le { $date }
api-keys-revoke = Révoquer
api-keys-revoke-confirm = Révoquer la clé
api-keys-revoke-question = Révoquer « { $name } » ? Tout système qui l’utilise est refusé dès maintenant (HTTP 401), et elle ne peut pas être réactivée.
api-keys-revoked = « { $name } » est révoquée : les requêtes qui l’utilisent sont désormais refusées.
