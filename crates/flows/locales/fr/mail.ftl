# Les mails en français.

## Commun

hello = Bonjour { $name },
link-until = Le lien ne sert qu’une fois, jusqu’au { $until }.
copy-link = Ou copiez cette adresse dans votre navigateur : { $link }
# Un moment dans le fuseau horaire du lecteur : « 3 décembre 2026 à 15:30 (Asia/Amman) ».
datetime = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year } à { $time } ({ $zone })
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Confirmer une adresse

verify-subject = Confirmez votre adresse e-mail
verify-lead = Merci de confirmer que cette adresse est bien la vôtre : vous pourrez ensuite soumettre des pratiques, vous porter candidat et inviter vos collègues sur Twinning.
verify-action = Confirmer mon adresse
verify-otherwise = Si vous ne vous êtes pas inscrit sur Twinning, ignorez ce message : sans le lien, rien ne se passe.

## Réinitialiser un mot de passe

reset-subject = Réinitialisez votre mot de passe
reset-lead = Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Twinning. Choisir un nouveau mot de passe vous déconnecte de tous vos appareils.
reset-action = Choisir un nouveau mot de passe
reset-otherwise = Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.

## Une invitation

invitation-subject = { $organisation } vous invite à la rejoindre sur Twinning
invitation-lead = { $organisation } vous invite à la rejoindre sur Twinning, le réseau où les organisations au service des personnes réfugiées et migrantes partagent les pratiques qui fonctionnent, en tant { $role ->
        [org_admin] qu’administrateur ou administratrice de l’organisation
       *[member] que membre
    }. L’invitation vaut pour cette adresse uniquement.
invitation-action = Accepter l’invitation
invitation-otherwise = Si vous n’attendiez pas cette invitation, ignorez ce message : sans le lien, rien ne se passe.

## L’avis envoyé à l’ancienne adresse

email-changed-subject = L’adresse e-mail de votre compte a été modifiée
email-changed-body = Le { $when }, l’adresse e-mail de votre compte Twinning a été remplacée par { $email }. Les messages vous parviennent désormais à cette adresse.
email-changed-advice = Si vous n’êtes pas à l’origine de ce changement, réinitialisez votre mot de passe et prévenez les administrateurs du réseau.
email-changed-reset = Réinitialiser mon mot de passe

## Les notifications, une à une

notification-open = Ouvrir dans Twinning
notification-reason = Vous recevez ce message parce que vous avez choisi d’être prévenu immédiatement de ceci : { $kind }.
notification-stop = Ne plus recevoir ces messages
kind-practice_submitted = les pratiques soumises pour relecture
kind-practice_published = la publication des pratiques de votre organisation
kind-practice_rejected = les pratiques de votre organisation renvoyées
kind-member_joined = l’arrivée de nouvelles personnes dans votre organisation
kind-organisation_reviewed = les décisions concernant votre organisation (approbation, refus, suspension, réactivation)

practice-submitted-title = « { $title } » a été soumise pour relecture
practice-submitted-body = { $owner } l’a soumise. Relisez-la dans la file de modération.
practice-published-title = « { $title } » est publiée
practice-published-body = Elle figure désormais au catalogue, ouverte à tout le réseau.
practice-rejected-title = « { $title } » a été renvoyée
practice-rejected-body = Commentaire de la personne qui l’a relue : { $reason }
practice-rejected-body-silent = La personne qui l’a relue l’a renvoyée à l’état de brouillon.
organisation-approved-title = { $organisation } est approuvée
organisation-approved-body = Elle est désormais membre du réseau : elle figure dans l’annuaire, est prise en compte dans les statistiques et peut soumettre des pratiques.
organisation-rejected-title = { $organisation } n’a pas été approuvée
organisation-rejected-body = Commentaire de l’administration du réseau : { $reason }
organisation-rejected-body-silent = L’administration du réseau ne l’a pas approuvée et n’a pas donné de motif.
organisation-suspended-title = { $organisation } est suspendue
organisation-suspended-body = Elle reste masquée au réseau jusqu’à ce que l’administration du réseau la réactive. Motif indiqué : { $reason }
organisation-suspended-body-silent = Elle reste masquée au réseau jusqu’à ce que l’administration du réseau la réactive. Aucun motif n’a été indiqué.
organisation-reactivated-title = { $organisation } est de nouveau active
organisation-reactivated-body = L’administration du réseau l’a réactivée : elle figure de nouveau dans l’annuaire.
member-joined-title = { $person } a rejoint { $organisation }
member-joined-body = Cette personne a rejoint l’organisation en tant { $role ->
        [org_admin] qu’administrateur ou administratrice
       *[member] que membre
    }.

## Le récapitulatif hebdomadaire

digest-subject = Votre récapitulatif de la semaine : { $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }
digest-intro = Voici ce qui s’est passé sur Twinning depuis votre dernier récapitulatif ({ $count ->
        [one] { $count } notification
       *[other] { $count } notifications
    }).
digest-heading = { $kind } ({ $count })
digest-open = Ouvrir
digest-more = … et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }.
digest-stop-kind = Ne plus recevoir de messages à ce sujet
digest-reason = Vous recevez ce récapitulatif hebdomadaire en raison de vos réglages de notification.
digest-stop = Ne plus recevoir le récapitulatif hebdomadaire
