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
