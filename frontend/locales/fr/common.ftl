# Le cadre de chaque page : en-tête, pied de page, erreurs communes à tous les écrans.
-brand = Twinning

nav-main = Menu principal
nav-home = Accueil
nav-catalogue = Bonnes pratiques
nav-members = Membres
nav-my-org = Mon organisation
nav-admin = Administration
nav-login = Se connecter
nav-register = Créer un compte
nav-account = Mon compte
nav-logout = Se déconnecter
nav-language = Langue
skip-to-content = Aller au contenu

footer-licence = { -brand } — logiciel libre (MIT OU Apache-2.0).
footer-api = API
footer-feed = Flux d’activité (Atom)

not-found-title = Page introuvable
not-found-body = Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.

error-rate-limited = { $seconds ->
    [one] Trop de tentatives. Veuillez patienter une seconde, puis réessayer.
   *[other] Trop de tentatives. Veuillez patienter { $seconds } secondes, puis réessayer.
}
error-fields-need-attention = Certains champs sont à revoir ; voyez les messages sous chacun d’eux.
error-unreachable = Impossible de joindre le serveur : { $detail }

loading = Chargement…
login-needed-login = Connectez-vous
login-needed-or = ou
login-needed-register = inscrivez votre organisation.
pager-label = Pages
pager-previous = ← Précédente
pager-next = Suivante →
pager-position = Page { $page } sur { $pages }
confirm-cancel = Annuler

picker-country-placeholder = Saisissez le nom d’un pays
picker-language-placeholder = Saisissez le nom d’une langue
picker-remove = Retirer { $name }
picker-no-match = Aucun résultat
error-summary-title = { $count ->
    [one] Un problème est à corriger
   *[other] { $count } problèmes sont à corriger
}
form-required = obligatoire
form-required-legend = Les champs marqués d’un * sont obligatoires.
