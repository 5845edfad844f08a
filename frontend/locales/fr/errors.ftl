# Erreurs de champ selon leur code stable (crates/domain/src/problem.rs, reasons) : affichées
# sous le champ et dans la liste des problèmes du formulaire, après le nom du champ.
error-required = Champ obligatoire
error-too_short = { $min ->
    [one] Au moins un caractère
   *[other] Au moins { $min } caractères
}
error-too_long = { $max ->
    [one] Un caractère au maximum
   *[other] { $max } caractères au maximum
}
error-too_few = { $min ->
    [one] Choisissez-en au moins un
   *[other] Choisissez-en au moins { $min }
}
error-too_many = { $max ->
    [one] Choisissez-en un au maximum
   *[other] Choisissez-en { $max } au maximum
}
error-too_small = La valeur minimale est { $min }
error-too_large = La valeur maximale est { $max }
error-out_of_range = Doit être compris entre { $min } et { $max }
error-not_email = Saisissez une adresse e-mail valide
error-not_https_url = Saisissez une adresse web commençant par https://
error-unknown_value = « { $value } » ne fait pas partie des choix proposés
error-not_country = « { $value } » n’est pas un pays
error-not_language = « { $value } » n’est pas une langue
error-not_time_zone = « { $value } » n’est pas un fuseau horaire ; choisissez-en un dans la liste, par exemple Europe/Paris
error-in_the_past = Doit être dans le futur
error-too_far_ahead = { $max_days ->
    [one] Au plus un jour à l’avance
   *[other] Au plus { $max_days } jours à l’avance
}
error-must_differ = Doit être différent de l’actuel
error-must_match = Les deux saisies ne correspondent pas
error-either_or = Indiquez l’un ou l’autre, pas les deux
error-invalid_cursor = Cette page de résultats n’est plus valide ; recommencez à la première page
error-not_valid = Ce code ou ce lien n’est pas valide
error-used = Ce code ou ce lien a déjà été utilisé
error-expired = Ce code ou ce lien a expiré
error-wrong_password = Ce n’est pas votre mot de passe
error-taken = Déjà utilisé
error-stale = A été modifié depuis que vous l’avez ouvert ; rechargez la page
error-wrong_state = Ne peut plus être modifié à ce stade
error-duplicate_value = « { $value } » figure deux fois
error-control_character = Contient un caractère qui ne peut pas être enregistré
error-invalid_reference = Fait référence à un élément qui n’existe plus
error-not_storable = Ne peut pas être enregistré tel quel
error-invitation_address = Cette invitation a été envoyée à une autre adresse
error-malformed = Illisible
error-invalid_type = N’est pas du type de valeur attendu
error-unknown_field = Ce champ n’existe pas dans ce formulaire
error-source_language = « { $value } » est la langue d’origine : modifiez directement le texte
error-translation_exists = Il existe une traduction en « { $value } » : supprimez-la d’abord
error-no_such_figure = { $figures ->
    [0] La pratique ne comporte aucun chiffre
    [one] La pratique ne comporte qu’un seul chiffre
   *[other] La pratique ne comporte que { $figures } chiffres
}
error-empty_translation = Indiquez au moins un champ à traduire
error-period_reversed = Ne peut pas précéder l’année de début

# Problèmes qui ne concernent aucun champ en particulier, selon la fin de leur type.
problem-validation = Certaines informations envoyées ne sont pas valides.
problem-malformed-request = La requête n’a pas pu être lue.
problem-unauthenticated = Non connecté : l’adresse e-mail ou le mot de passe est incorrect, ou la session a pris fin.
problem-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
problem-email-unverified = Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé.
problem-insufficient-scope = Cette clé n’est pas autorisée à effectuer cette action.
problem-not-found = Cet élément n’existe pas ou plus.
problem-conflict = Cela entre en conflit avec un élément existant.
problem-invalid-transition = Cette action n’est pas possible à ce stade.
problem-rate-limited = Trop de tentatives. Veuillez patienter un instant, puis réessayer.
problem-payload-too-large = Les données envoyées sont trop volumineuses.
problem-uri-too-long = L’adresse est trop longue.
problem-headers-too-large = Les en-têtes de la requête sont trop volumineux.
problem-unsupported-media-type = Ce type de contenu n’est pas accepté.
problem-internal = Une erreur s’est produite de notre côté. Veuillez réessayer plus tard.
problem-organisation-not-active = Votre organisation n’est pas active dans le réseau : elle attend son approbation, ou a été refusée ou suspendue.
problem-last-org-admin = Une organisation qui compte d’autres personnes doit garder au moins un administrateur.
problem-last-network-admin = Le réseau doit garder au moins un administrateur.
problem-own-account = Cette action sur votre propre compte doit être faite par une autre personne.
problem-already-verified = Cette adresse est déjà confirmée.
problem-invitation-without-address = Cette invitation n’a pas d’adresse à laquelle être envoyée.
problem-unavailable = Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.
