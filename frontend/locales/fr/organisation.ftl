# Gérer une organisation : ses bonnes pratiques, son statut et le cadre de la page.
my-org-title = Mon organisation
my-org-login = Connectez-vous pour voir votre organisation.
my-org-manage-login = Connectez-vous pour gérer une organisation.
my-org-manage-title = Gérer { $name }
my-org-public-page = Voir la page publique
my-org-new-practice = Partager une nouvelle bonne pratique
my-org-our-practices = Nos bonnes pratiques
my-org-its-practices = Ses bonnes pratiques
my-org-none-yet = Aucune pour l’instant. Partagez un programme qui a fait ses preuves, pour que d’autres puissent le reproduire.
my-org-none = Aucune bonne pratique pour l’instant.
my-org-not-allowed = Seuls les administrateurs de cette organisation et ceux du réseau peuvent la gérer.
my-org-col-practice = Bonne pratique
my-org-col-status = Statut
my-org-col-changed = Dernière modification
# Complète « Pour …, confirmez d’abord votre adresse e-mail ».
my-org-verify-to-invite = Pour inviter des collègues, confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé, ou renvoyez-le depuis le bandeau en haut de la page.

# La situation de l’organisation dans le réseau, et les avertissements du dernier enregistrement.
my-org-notice-pending-heading = En attente d’approbation
my-org-notice-pending-body = Un administrateur du réseau examine chaque nouvelle organisation avant son adhésion. D’ici là, vous pouvez compléter votre profil, préparer des brouillons et inviter des collègues ; votre organisation n’apparaît pas encore dans la liste des membres et ne peut pas soumettre de bonnes pratiques. Vous recevrez la réponse par e-mail.
my-org-notice-rejected-heading = Non approuvée
my-org-notice-rejected-body = Un administrateur du réseau n’a pas approuvé cette organisation. Sa page n’est visible que par ses membres. S’il s’agit d’une erreur, corrigez votre profil et écrivez au réseau.
my-org-notice-suspended-heading = Suspendue
my-org-notice-suspended-body = Un administrateur du réseau a suspendu cette organisation : elle est masquée dans le réseau et ne peut plus rien modifier jusqu’à sa réactivation. Son contenu est conservé.
my-org-notice-reason = Motif indiqué : { $reason }
my-org-warnings-heading = Doublon possible
my-org-warning-possible-duplicate = « { $name } » est déjà membre du réseau dans le même pays. S’il s’agit de votre organisation, demandez plutôt une invitation à ses administrateurs ; un administrateur du réseau examinera les deux inscriptions.
my-org-warning-see = Voir { $name }

# Le profil public de l’organisation.
my-org-profile-heading = Profil
my-org-profile-name = Nom
my-org-profile-kind = Type
my-org-profile-level = Niveau de gouvernance
my-org-profile-country = Pays
my-org-profile-city = Ville
my-org-profile-context = Type de territoire
my-org-profile-languages = Langues de travail
my-org-profile-themes = Thèmes sur lesquels vous travaillez
my-org-profile-description = Description
my-org-profile-website = Site web (https://…)
my-org-profile-can-mentor = Nous accompagnons d’autres organisations en tant que mentor
my-org-profile-capacity = Nombre de mentorés accompagnés en même temps
my-org-profile-capacity-whole-number = doit être un nombre entier
my-org-profile-time-zone = Fuseau horaire (celui des réunions et des échéances)
my-org-profile-save = Enregistrer le profil
my-org-profile-saved = Enregistré.

# Les personnes de l’organisation ; $role est le code d’un rôle (member, org_admin).
my-org-people-heading = Personnes
my-org-people-name-you = { $name } (vous)
my-org-people-unverified = adresse non vérifiée
my-org-people-col-name = Nom
my-org-people-col-email = Adresse e-mail
my-org-people-col-role = Rôle
my-org-people-col-joined = Date d’arrivée
my-org-people-col-manage = Gérer
my-org-people-make-role = { $role ->
    [org_admin] Nommer administrateur de l’organisation
   *[member] Passer au rôle de membre
}
my-org-people-role-question = { $role ->
    [org_admin] Nommer { $name } administrateur de l’organisation ?
   *[member] Passer { $name } au rôle de membre ?
}
my-org-people-change-role = Changer le rôle
my-org-people-role-changed = { $role ->
    [org_admin] { $name } est désormais administrateur de l’organisation.
   *[member] { $name } a désormais le rôle de membre.
}
my-org-people-hand-on = Transmettre mon rôle d’administrateur
my-org-people-hand-on-question = Nommer { $name } administrateur de l’organisation et redevenir vous-même simple membre ? Vous ne gérerez plus les personnes, les invitations ni les clés.
my-org-people-handed-on = { $name } est désormais administrateur de l’organisation ; vous êtes membre.
my-org-people-remove = Retirer
my-org-people-remove-question = Retirer { $name } de votre organisation ? Cette personne est aussitôt déconnectée et ne peut plus se connecter ; ce qu’elle a rédigé est conservé. Une nouvelle invitation lui permet de revenir.
my-org-people-removed = { $name } ne fait plus partie de votre organisation.

# Les invitations ; $email est une adresse ou my-org-invitations-anyone.
my-org-invitations-heading = Invitations
my-org-invitations-intro = Invitez un ou une collègue par son adresse e-mail : la personne reçoit un lien pour rejoindre votre organisation, valable pour cette seule adresse, une seule fois, pendant 14 jours. Vous pouvez le renvoyer ou le révoquer tant qu’il n’a pas été utilisé.
my-org-invitations-email = Son adresse e-mail
my-org-invitations-role = Rôle
my-org-invitations-send = Envoyer l’invitation
my-org-invitations-resend = Renvoyer
my-org-invitations-revoke = Révoquer
my-org-invitations-none = Aucune invitation pour l’instant.
my-org-invitations-code = Le lien est en route. Vous pouvez aussi communiquer à la personne ce code, à saisir sur la page d’adhésion ; il n’est affiché qu’une fois :
my-org-invitations-sent = Une invitation a été envoyée par e-mail à { $email }.
my-org-invitations-resent = Un nouveau lien a été envoyé par e-mail à { $email } ; le précédent ne fonctionne plus.
my-org-invitations-revoke-question = Révoquer l’invitation destinée à { $email } ? Son lien cessera de fonctionner.
my-org-invitations-revoked = L’invitation destinée à { $email } a été révoquée.
my-org-invitations-used = utilisée
my-org-invitations-state-revoked = révoquée
my-org-invitations-expired = expirée
my-org-invitations-open-until = valable jusqu’au { $date }
my-org-invitations-anyone = toute personne disposant du code

# Les notifications de la personne.
notifications-title = Notifications
notifications-login = Connectez-vous pour voir vos notifications.
notifications-intro = Ce qui est arrivé aux bonnes pratiques et aux membres de votre organisation, du plus récent au plus ancien. Choisissez dans votre compte celles qui vous parviennent aussi par e-mail.
notifications-mail-preferences = Préférences d’e-mail
notifications-empty = Aucune notification pour l’instant. Vous trouverez ici ce que le réseau fait de vos bonnes pratiques.
notifications-mark-all = Tout marquer comme lu
notifications-mark-one = Marquer comme lue
notifications-more = Charger des notifications plus anciennes
notifications-unread-tag = Non lue
notifications-all-read = Toutes les notifications sont marquées comme lues.
notifications-unread-count = { $count ->
    [0] Aucune notification non lue.
    [one] { $count } notification non lue.
   *[other] { $count } notifications non lues.
}

# La cloche de l’en-tête.
bell-name = Notifications
bell-label = { $count ->
    [0] Notifications : aucune non lue
    [one] Notifications : { $count } non lue
   *[other] Notifications : { $count } non lues
}
my-org-profile-translations = Traduire la présentation dans d’autres langues
