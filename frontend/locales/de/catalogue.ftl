# Startseite: was das Netzwerk ist, seine aktuellen Zahlen und seine jüngsten Aktivitäten.
home-title = Damit gute Praxis Schule macht
home-lead = { -brand } ist eine Praxisgemeinschaft für Organisationen, die geflüchtete Menschen sowie Migrantinnen und Migranten unterstützen: NGOs, Kommunen, UN-Organisationen, von Geflüchteten geführte Initiativen, Hochschulen. Eine Organisation, deren Programm sich bewährt hat, begleitet als Mentor eine andere, die es bei sich umsetzen möchte – vom ersten Interessenaufruf bis zur dokumentierten und gewürdigten Übertragung.
home-stats-label = Das Netzwerk heute
# Die Wörter nach jeder Zahl, die direkt davor steht.
home-stat-organisations = { $count ->
    [one] Mitgliedsorganisation
   *[other] Mitgliedsorganisationen
}
home-stat-countries = { $count ->
    [one] Land
   *[other] Länder
}
home-stat-practices = { $count ->
    [one] veröffentlichte gute Praxis
   *[other] veröffentlichte gute Praktiken
}
home-stat-mentors = { $count ->
    [one] Organisation mit Mentoring-Angebot
   *[other] Organisationen mit Mentoring-Angebot
}
home-browse = Gute Praktiken ansehen
home-join = Dem Netzwerk beitreten
home-how-heading = Wie eine gute Praxis weitergegeben wird
home-step-document = Dokumentieren.
home-step-document-body = Ein Mitglied beschreibt ein Programm, das sich bewährt hat: das Problem, das Vorgehen, die Ergebnisse und ihre Belege. Die Netzwerk-Administration prüft die Beschreibung vor der Veröffentlichung.
home-step-find = Finden.
home-step-find-body = Andere durchsuchen den Katalog nach Thema, Siedlungsraum, Land, Sprache und Zielgruppe.
home-step-replicate = Übertragen.
home-step-replicate-body = Die Organisation, die das Programm durchgeführt hat, begleitet als Mentor eine andere, die es bei sich umsetzen möchte – mit einem Werkzeugkasten aus Handbüchern, Vorlagen und Schulungsmaterial.
home-activity-heading = Neues aus dem Netzwerk
home-activity-intro = Veröffentlichte gute Praktiken und neu beigetretene Organisationen, die neuesten zuerst.
home-activity-follow = In einem Feedreader abonnieren (Atom)

# Der Katalog: Suche, Sortierung, Filter und Ergebnisse.
catalogue-title = Gute Praktiken
catalogue-search-label = Gute Praktiken durchsuchen
catalogue-search-placeholder = Suche: Abfall, Ehrenamt, Tampere…
catalogue-search-submit = Suchen
catalogue-sort = Sortieren
catalogue-sort-relevance = Beste Treffer, dann neueste
catalogue-sort-newest = Neueste
catalogue-sort-title = Titel
catalogue-filters = Filter
catalogue-facet-theme = Thema
catalogue-facet-context = Siedlungsraum
catalogue-facet-country = Land
catalogue-facet-target-group = Zielgruppe
catalogue-facet-language = Sprache
# Wie viele gute Praktiken ein Filterwert finden würde.
catalogue-facet-count = ({ $count })
catalogue-results = Ergebnisse
catalogue-result-count = { $count ->
    [one] { $count } gute Praxis
   *[other] { $count } gute Praktiken
}
catalogue-no-results = Keine gute Praxis entspricht allen diesen Filtern.
catalogue-clear = Suche zurücksetzen
# Zwischen den Ländern einer guten Praxis in den Ergebnissen.
catalogue-list-separator = { ", " }

# Eine gute Praxis: ihre Seite, die möglichen Aktionen und ihre Prüfung.
practice-not-found = Gute Praxis nicht gefunden
practice-unavailable = Die gute Praxis kann nicht angezeigt werden
practice-back-to-catalogue = Zurück zum Katalog
practice-published-on = veröffentlicht am { $date }
# Ein Problem, das der Server beim Einreichen gefunden hat: das Feld, dann was fehlt.
practice-problem = { $field }: { $message }
practice-complete = Gute Praxis vervollständigen
practice-sent-back = Vom Netzwerk zurückgeschickt:
practice-edit = Bearbeiten
practice-submit = Zur Prüfung einreichen
practice-publish = Veröffentlichen
practice-reject = Zurückschicken
practice-archive = Archivieren
# Ergänzen „Um …, bestätigen Sie zuerst Ihre E-Mail-Adresse“.
practice-verify-to-submit = Um diese gute Praxis zur Prüfung einzureichen, bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link aus unserer E-Mail oder fordern Sie ihn über den Hinweis oben auf der Seite erneut an.
practice-verify-to-publish = Um sie zu veröffentlichen, bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link aus unserer E-Mail oder fordern Sie ihn über den Hinweis oben auf der Seite erneut an.
practice-reject-reason = Warum wird sie zurückgeschickt? Die Organisation liest diese Begründung.
practice-reject-confirm = An die Organisation zurückschicken
practice-reject-cancel = Abbrechen
practice-problem-heading = Das Problem
practice-approach-heading = Was getan wurde
practice-results-heading = Ergebnisse
practice-figures-heading = In Zahlen
practice-themes-heading = Themen
practice-target-groups-heading = Zielgruppen
practice-where-heading = Wo
practice-languages-heading = Sprachen der Dokumentation
practice-not-written = Noch nicht ausgefüllt.
# Die Felder einer guten Praxis, wie die Liste des Fehlenden sie nennt.
practice-field-title = Titel
practice-field-summary = Zusammenfassung
practice-field-problem = Das Problem
practice-field-approach = Was getan wurde
practice-field-results = Ergebnisse
practice-field-figures = Zahlen
practice-field-themes = Themen
practice-field-target-groups = Zielgruppen
practice-field-settlement-contexts = Siedlungsräume
practice-field-countries = Länder
practice-field-languages = Sprachen
practice-field-practice = Gute Praxis

# Eine gute Praxis verfassen: das Formular und seine Seiten.
editor-new-title = Gute Praxis teilen
editor-login-needed = Melden Sie sich an, um eine gute Praxis Ihrer Organisation zu teilen.
editor-new-intro = Sie wird als Entwurf Ihrer Organisation gespeichert. Reichen Sie sie zur Prüfung ein, sobald sie vollständig ist: Die Netzwerk-Administration liest sie, bevor sie im Katalog erscheint.
editor-edit-title = Gute Praxis bearbeiten
editor-edit-heading = Gute Praxis bearbeiten
editor-save-draft = Entwurf speichern
editor-save-and-submit = Speichern und zur Prüfung einreichen
editor-not-owner = Nur die Organisation, der diese gute Praxis gehört, kann sie bearbeiten.
# $status ist der Code des Status der guten Praxis; ein Entwurf sieht diese Meldung nie.
editor-not-draft = Diese gute Praxis ist { $status ->
    [submitted] zur Prüfung eingereicht
    [published] veröffentlicht
    [archived] archiviert
   *[draft] ein Entwurf
}: Nur Entwürfe können bearbeitet werden, damit genau das veröffentlicht wird, was die Prüfenden gelesen haben.
editor-back-to-practice = Zurück zur guten Praxis
editor-sent-back = Vom Netzwerk zurückgeschickt:
editor-figures-legend = Wirkung in Zahlen (optional)
editor-figures-hint = Zum Beispiel: 3700 – geflüchtete Kinder in Mathematik- und Englischkursen.
editor-figure-number = Zahl
editor-figure-label = Was gezählt wurde
editor-figure-remove = Entfernen
editor-figure-add = Zahl hinzufügen
editor-title = Titel
editor-summary = Zusammenfassung
editor-summary-hint = Ein oder zwei Sätze für den Katalog.
editor-problem = Das Problem, auf das sie antwortet
editor-approach = Was getan wurde, und wie
editor-results = Ergebnisse und Belege
editor-countries = Länder, in denen sie umgesetzt wurde
editor-languages = Sprachen ihrer Dokumentation
editor-themes = Themen
editor-target-groups = Zielgruppen
editor-contexts = Siedlungsräume

# Das Mitgliederverzeichnis und die öffentliche Seite einer Organisation.
directory-title = Mitglieder
directory-lead = Die Organisationen des Netzwerks – und welche von ihnen andere als Mentor begleiten.
directory-filter-q = Name, Stadt oder Stichwörter
directory-filter-kind = Art
directory-filter-any = Alle
directory-filter-country = Land
directory-filter-context = Siedlungsraum
directory-filter-language = Arbeitssprache
directory-filter-theme = Thema
directory-filter-can-mentor = Bietet Mentoring an
directory-filter-submit = Filtern
directory-count = { $count ->
    [one] { $count } Organisation
   *[other] { $count } Organisationen
}
directory-place = { $city }, { $country }
directory-mentors = Begleitet andere als Mentor
directory-org-not-found = Organisation nicht gefunden
directory-all-members = Alle Mitglieder
directory-manage = Diese Organisation verwalten
# $level ist der Code der Verwaltungsebene der Organisation.
directory-governance = { $level ->
    [local] Lokale Ebene
    [regional] Regionale Ebene
    [national] Nationale Ebene
    [european] Europäische Ebene
   *[international] Internationale Ebene
}
directory-mentor-capacity = Begleitet andere als Mentor (bis zu { $count } gleichzeitig)
directory-working-languages = Arbeitssprachen
directory-themes = Themen
directory-people = { $count ->
    [one] { $count } Person auf { -brand }
   *[other] { $count } Personen auf { -brand }
}
directory-practices = Gute Praktiken
directory-no-practices = Noch keine veröffentlichte gute Praxis.
directory-activity = Aktivitäten

# Der Aktivitätsverlauf: eine Zeile pro Ereignis.
activity-more = Ältere Aktivitäten anzeigen
activity-empty = Hier ist noch nichts geschehen.
activity-reason = Angegebener Grund:
activity-by-person = von { $name }
activity-by-key = vom Partnersystem „{ $name }“
# Platzhalter für einen Namen, den das Ereignis nicht enthält.
activity-unknown-organisation = Eine Organisation
activity-unknown-practice = eine gute Praxis
activity-unknown-person = Jemand
activity-unknown-key = ein Partnersystem
activity-unknown-absorbed = eine andere Organisation
activity-organisation-registered = { $org } ist dem Netzwerk beigetreten
activity-organisation-updated = { $org } hat das Profil aktualisiert
activity-organisation-approved = { $org } wurde freigegeben
activity-organisation-rejected = { $org } wurde nicht freigegeben
activity-organisation-suspended = { $org } wurde gesperrt
activity-organisation-reactivated = { $org } wurde wieder freigeschaltet
activity-organisation-merged = { $absorbed } wurde mit { $org } zusammengeführt
activity-person-joined = { $person } ist { $org } beigetreten
# $role ist der Code einer Rolle (member, org_admin) oder „other“, wenn das Ereignis ihn nicht nennt.
activity-person-role-changed = { $person } ist jetzt { $role ->
    [member] Mitglied
    [org_admin] Organisationsadmin
   *[other] in einer anderen Rolle
} bei { $org }
activity-person-removed = { $person } wurde aus { $org } entfernt
activity-person-disabled = Das Konto von { $person } ({ $org }) wurde deaktiviert
activity-person-enabled = Das Konto von { $person } ({ $org }) wurde wieder aktiviert
activity-person-network-admin-granted = { $person } ({ $org }) hat jetzt Administrationsrechte für das Netzwerk
activity-person-network-admin-revoked = { $person } ({ $org }) hat keine Administrationsrechte für das Netzwerk mehr
activity-invitation-created = { $org } hat jemanden zum Beitritt eingeladen
activity-invitation-redeemed = Eine Einladung zu { $org } wurde angenommen
activity-invitation-revoked = { $org } hat eine Einladung widerrufen
activity-practice-created = { $org } hat einen Entwurf begonnen: „{ $title }“
activity-practice-updated = { $org } hat den Entwurf „{ $title }“ bearbeitet
activity-practice-submitted = { $org } hat „{ $title }“ zur Prüfung eingereicht
activity-practice-published = { $org } hat „{ $title }“ veröffentlicht
activity-practice-rejected = „{ $title }“ wurde an { $org } zurückgeschickt
activity-practice-archived = „{ $title }“ von { $org } wurde archiviert
activity-api-key-created = { $org } hat den API-Schlüssel „{ $key }“ erstellt
activity-api-key-revoked = Der API-Schlüssel „{ $key }“ von { $org } wurde widerrufen
catalogue-skip-to-results = Zu den Ergebnissen springen
catalogue-filters-toggle = { $active ->
    [0] Filter
   *[other] Filter ({ $active } gewählt)
}
catalogue-card-themes = Themen
editor-source-language = Verfasst auf
editor-source-language-hint = Die Sprache, in der Sie diese Praxis verfassen; Übersetzungen kommen später hinzu.
editor-period = Laufzeit des Programms
editor-period-hint = Die Jahre, in denen das Programm vor Ort lief (nicht das Datum der Veröffentlichung hier). Leer lassen, falls unbekannt.
editor-ran-from = Von (Jahr)
editor-ran-until = Bis (Jahr)
editor-year-not-a-number = Bitte ein Jahr eingeben, z. B. 2016
activity-practice-translated = { $org } hat „{ $title }“ übersetzt: { $language }
activity-organisation-translated = { $org } hat die eigene Beschreibung übersetzt: { $language }
practice-period = Laufzeit des Programms: { $from }–{ $until }
practice-period-year = Laufzeit des Programms: { $year }
practice-period-since = Programm läuft seit { $from }
practice-period-until = Programm lief bis { $until }
catalogue-facet-available-language = Verfügbar auf
catalogue-mentor-available = Mentoring möglich
