# Connexion et inscription (auth.rs).
auth-login-title = Connexion
auth-login-submit = Se connecter
auth-signed-out-everywhere = Votre session est fermée sur tous vos appareils.
auth-email = Adresse e-mail
auth-password = Mot de passe
auth-forgot-link = Mot de passe oublié ?
auth-new-here = Première visite ?
auth-register-link = Inscrivez votre organisation
auth-register-title = Rejoindre Twinning
auth-required = Champ obligatoire
auth-you = Vous
auth-your-name = Votre nom
auth-new-password = Mot de passe (10 caractères au moins)
auth-with-code = J’ai un code d’invitation pour rejoindre une organisation
auth-invitation-code = Code d’invitation
auth-your-organisation = Votre organisation
auth-org-name = Nom
auth-org-kind = Type
auth-org-level = Niveau de gouvernance
auth-org-country = Pays
auth-org-city = Ville
auth-org-context = Type de territoire
auth-org-languages = Langues de travail
auth-can-mentor = Nous pouvons accompagner en tant que mentor les organisations qui reproduisent nos bonnes pratiques
auth-register-submit = S’inscrire

# Confirmation de l’adresse e-mail, et nouveau mot de passe à partir d’un lien envoyé par courriel (recovery.rs).
# L’adresse s’affiche en gras à la place de { $email }.
recovery-banner = Veuillez confirmer votre adresse e-mail : ouvrez le lien que nous avons envoyé à { $email }.
recovery-banner-why = D’ici là, vous pouvez préparer votre profil et vos brouillons, mais pas soumettre, publier, candidater ni inviter.
recovery-resend = Renvoyer le lien
recovery-already-confirmed = Votre adresse est déjà confirmée.
recovery-verify-title = Confirmer votre adresse e-mail
recovery-verifying = Confirmation de votre adresse…
recovery-verified = Merci : votre adresse e-mail est confirmée.
recovery-verify-failed = Votre adresse n’a pas pu être confirmée : { $reason }.
recovery-no-token = Cette page s’ouvre depuis le lien de notre courriel ; cette adresse ne contient aucun lien.
recovery-go-to-organisation = Aller à votre organisation
recovery-log-in = Se connecter
recovery-retry-signed-in = Utilisez « Renvoyer le lien » dans le bandeau ci-dessus pour recevoir un nouveau lien.
recovery-retry-signed-out = Connectez-vous : un bandeau en haut de chaque page vous permet de demander un nouveau lien.
recovery-forgot-title = Mot de passe oublié ?
recovery-forgot-intro = Indiquez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe ; il ne sert qu’une fois et reste valable une heure.
recovery-forgot-submit = M’envoyer un lien
recovery-email = Adresse e-mail
recovery-back-to-login = Retour à la connexion
recovery-reset-title = Choisir un nouveau mot de passe
recovery-reset-intro = Choisir un nouveau mot de passe déconnecte votre compte sur tous vos appareils.
recovery-reset-submit = Enregistrer mon nouveau mot de passe
recovery-reset-done = Votre nouveau mot de passe est enregistré et tous vos appareils ont été déconnectés. Connectez-vous maintenant avec ce mot de passe.
recovery-link-unusable = Ce lien ne peut pas être utilisé : { $reason }.
recovery-ask-link = Demander un lien
recovery-ask-new-link = Demander un nouveau lien
recovery-new-password = Nouveau mot de passe (10 caractères au moins)
recovery-password-again = Confirmez le nouveau mot de passe
recovery-passwords-differ = les deux mots de passe sont différents

# La page qu’ouvre un lien d’invitation (join.rs).
join-title = Rejoignez vos collègues sur Twinning
join-name = Votre nom
join-email = Adresse e-mail
join-email-hint = L’invitation est destinée à cette adresse.
join-password = Choisissez un mot de passe (10 caractères au moins)
join-submit = Rejoindre
join-unknown = Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien entier depuis le courriel, ou demandez une nouvelle invitation.
join-signed-in = Vous êtes connecté avec un autre compte. Déconnectez-vous d’abord pour accepter cette invitation.
join-fields-need-attention = Certains champs sont à revoir.
join-invites = { $organisation } vous invite à la rejoindre sur Twinning en tant { $role ->
        [org_admin] qu’administrateur de l’organisation
       *[member] que membre
    }. L’invitation est valable jusqu’au { $until }.
join-closed = { $state ->
        [used] Cette invitation à rejoindre { $organisation } a déjà été utilisée. Demandez-en une nouvelle à ses administrateurs.
        [revoked] Cette invitation à rejoindre { $organisation } a été révoquée. Demandez-en une nouvelle à ses administrateurs.
        [expired] Cette invitation à rejoindre { $organisation } a expiré. Demandez-en une nouvelle à ses administrateurs.
       *[open] Cette invitation à rejoindre { $organisation } est encore valable. Demandez-en une nouvelle à ses administrateurs.
    }

# Mon compte : qui vous êtes, et comment les notifications vous parviennent par courriel (account.rs).
account-title = Mon compte
account-login = Connectez-vous pour voir votre compte.
account-name = Nom
account-email = Adresse e-mail
account-organisation = Organisation
account-role = Rôle
account-network-admin = Vous êtes aussi administrateur du réseau.
account-see-notifications = Voir vos notifications
account-mail-heading = Notifications par courriel
account-mail-intro = La cloche affiche toujours vos notifications. Choisissez, pour chaque type, s’il vous parvient aussi par courriel immédiatement, regroupé dans un récapitulatif hebdomadaire, ou pas du tout. Seuls les types qui peuvent vous concerner sont listés.
account-mail-always = Les courriels concernant votre compte et sa sécurité (vérification de l’adresse, réinitialisation du mot de passe, invitations) sont toujours envoyés immédiatement.
account-mail-save = Enregistrer les préférences
account-mail-saved = Enregistré. Désormais :
# Un type de notification, avant la façon dont il vous parvient désormais (en gras).
account-mail-saved-kind = { $kind } :

# Mon compte : le profil (account/profile.rs).
account-profile-heading = Votre profil
account-profile-name = Nom
account-profile-email = Adresse e-mail
account-profile-email-hint = Une nouvelle adresse doit être confirmée : nous y envoyons un lien, et nous prévenons l’ancienne.
account-profile-language = Langue
account-profile-language-hint = La langue de ce site et des courriels que vous recevez.
account-profile-time-zone = Fuseau horaire
account-profile-time-zone-hint = Les heures des courriels et les échéances y sont exprimées. Commencez à taper le nom d’une ville, p. ex. Europe/Paris.
account-profile-save = Enregistrer le profil
account-profile-saved = Votre profil est enregistré.
account-profile-new-address = Nous avons envoyé un lien à votre nouvelle adresse ; ouvrez-le pour la confirmer. D’ici là, vous ne pouvez ni soumettre, ni publier, ni candidater, ni inviter.

# Mon compte : mot de passe et appareils connectés (account/security.rs).
account-password-heading = Mot de passe
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe (10 caractères au moins)
account-password-again = Confirmez le nouveau mot de passe
account-password-change = Changer le mot de passe
account-password-changed = Votre mot de passe est changé. Vos autres appareils ont été déconnectés ; celui-ci reste connecté.
account-password-mismatch = les deux mots de passe sont différents
account-sessions-heading = Où vous êtes connecté
account-sessions-intro = Chaque appareil ou navigateur depuis lequel vous vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas, et changez votre mot de passe.
account-session-this-device = Cet appareil
account-session-unknown-browser = Navigateur inconnu
account-session-details = Depuis { $address } · connexion le { $signed_in } · dernière activité le { $seen }
account-session-details-no-address = Depuis une adresse inconnue · connexion le { $signed_in } · dernière activité le { $seen }
account-session-sign-out = Déconnecter
account-session-sign-out-question = Déconnecter cet appareil ? Il devra se reconnecter.
account-session-signed-out = Cet appareil est déconnecté.
account-sign-out-everywhere = Se déconnecter partout
account-sign-out-everywhere-question = Se déconnecter sur tous les appareils, y compris celui-ci ?

# Mon compte : télécharger mes données, supprimer mon compte (account_data.rs).
account-data-heading = Vos données
account-data-export-intro = Téléchargez en un seul fichier JSON tout ce que Twinning conserve à votre sujet : votre compte, votre organisation, vos sessions, les bonnes pratiques que vous avez créées, les actions que vous avez effectuées, vos notifications, préférences, invitations, clés d’API et les courriels qui vous ont été envoyés.
account-data-export = Télécharger mes données
account-data-preparing = Préparation de votre fichier…
account-data-ready = Votre fichier est prêt. S’il ne s’est pas téléchargé automatiquement, enregistrez-le ici :
account-data-delete-heading = Supprimer mon compte
account-data-delete-intro = Votre compte est supprimé : vous êtes déconnecté partout, vos notifications, préférences et courriels disparaissent, et votre nom est remplacé par « Membre supprimé » partout où il apparaît. Ce que vous avez rédigé pour votre organisation (ses bonnes pratiques) lui reste acquis. Si vous en êtes le dernier administrateur et que d’autres membres restent, nommez d’abord l’un d’eux administrateur.
account-data-password = Votre mot de passe, pour confirmer
account-data-delete = Supprimer mon compte
account-data-delete-question = Supprimer définitivement votre compte ? Cette action est irréversible.
account-data-delete-confirm = Oui, le supprimer
account-data-deleted = Votre compte est supprimé. Merci pour le temps que vous avez consacré au réseau.
