# Traduire une pratique (pages/translations.rs) et afficher un contenu traduit.
translations-title = Traductions
translations-back = ← Retour
translations-source = Rédigée en { $language }.
translations-state = { $missing ->
    [0] { $stale ->
        [0] complète
        [one] complète, un champ à mettre à jour
       *[other] complète, { $stale } champs à mettre à jour
    }
    [one] un champ à traduire
   *[other] { $missing } champs à traduire
}
translations-add = Ajouter ou modifier une langue
translations-editing = En { $language }
translations-is-source = Le texte original est rédigé en { $language } : modifiez-le là où il a été rédigé.
translations-in = { $field } en { $language }
translations-stale = Le texte d’origine a changé depuis cette traduction.
translations-stale-was = Le texte qui avait été traduit
translations-save = Enregistrer la traduction
translations-saved = Traduction enregistrée.
translations-remove = Supprimer cette langue
translations-remove-question = Supprimer tous les champs traduits en { $language } ?
translations-remove-confirm = Supprimer
translations-field-title = Titre
translations-field-summary = Résumé
translations-field-problem = Le problème
translations-field-approach = La démarche
translations-field-results = Les résultats
translations-field-description = Description
translations-field-figure = Libellé du chiffre clé { $number }
translations-manage = Traductions
content-fallback = Pas encore traduit en { $language } ; affiché en { $source }.
content-translated = Traduit de l’original en { $source }.
content-stale = L’original a changé depuis cette traduction.
content-available = Aussi disponible en :
