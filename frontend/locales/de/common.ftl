# Der Rahmen jeder Seite: Kopfzeile, Fußzeile, Fehler, die alle Ansichten teilen.
-brand = Twinning

nav-main = Hauptmenü
nav-home = Startseite
nav-catalogue = Gute Praxis
nav-members = Mitglieder
nav-my-org = Meine Organisation
nav-admin = Verwaltung
nav-login = Anmelden
nav-register = Registrieren
nav-account = Mein Konto
nav-logout = Abmelden
nav-language = Sprache
skip-to-content = Zum Inhalt springen

footer-licence = { -brand } — Open Source (MIT ODER Apache-2.0).
footer-api = API
footer-feed = Aktivitäts-Feed (Atom)

not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.

error-rate-limited = { $seconds ->
    [one] Zu viele Versuche. Bitte warten Sie eine Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
}
error-fields-need-attention = Einige Felder müssen noch korrigiert werden; die Hinweise stehen jeweils darunter.
error-unreachable = Der Server ist nicht erreichbar: { $detail }

loading = Wird geladen …
login-needed-login = Melden Sie sich an
login-needed-or = oder
login-needed-register = registrieren Sie Ihre Organisation.
pager-label = Seiten
pager-previous = ← Zurück
pager-next = Weiter →
pager-position = Seite { $page } von { $pages }
confirm-cancel = Abbrechen

picker-country-placeholder = Namen eines Landes eingeben
picker-language-placeholder = Namen einer Sprache eingeben
picker-remove = { $name } entfernen
picker-no-match = Keine Treffer
error-summary-title = { $count ->
    [one] Ein Problem muss behoben werden
   *[other] { $count } Probleme müssen behoben werden
}
form-required = Pflichtfeld
form-required-legend = Mit * markierte Felder sind Pflichtfelder.
