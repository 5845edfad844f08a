# ترجمة ممارسة (pages/translations.rs) وعرض المحتوى المترجم.
translations-title = الترجمات
translations-back = → رجوع
translations-source = مكتوبة باللغة { $language }.
translations-state = { $missing ->
    [0] { $stale ->
        [0] مكتملة
        [one] مكتملة، وحقل واحد بحاجة إلى تحديث
        [two] مكتملة، وحقلان بحاجة إلى تحديث
        [few] مكتملة، و{ $stale } حقول بحاجة إلى تحديث
       *[other] مكتملة، و{ $stale } حقلًا بحاجة إلى تحديث
    }
    [one] حقل واحد بحاجة إلى ترجمة
    [two] حقلان بحاجة إلى ترجمة
    [few] { $missing } حقول بحاجة إلى ترجمة
   *[other] { $missing } حقلًا بحاجة إلى ترجمة
}
translations-add = إضافة لغة أو تعديلها
translations-editing = باللغة { $language }
translations-is-source = النص الأصلي مكتوب باللغة { $language }: عدّله حيث كُتب.
translations-in = { $field } باللغة { $language }
translations-stale = تغيّر النص الأصلي منذ إعداد هذه الترجمة.
translations-stale-was = النص الذي تُرجم منه
translations-save = حفظ الترجمة
translations-saved = حُفظت الترجمة.
translations-remove = إزالة هذه اللغة
translations-remove-question = هل تريد إزالة كل الحقول المترجمة إلى اللغة { $language }؟
translations-remove-confirm = إزالة
translations-field-title = العنوان
translations-field-summary = الملخص
translations-field-problem = المشكلة
translations-field-approach = النهج
translations-field-results = النتائج
translations-field-description = الوصف
translations-field-figure = تسمية الرقم { $number }
translations-manage = الترجمات
content-fallback = لم يُترجم بعد إلى اللغة { $language }؛ يُعرض باللغة { $source }.
content-translated = مترجم عن اللغة { $source }.
content-stale = تغيّر النص الأصلي منذ إعداد هذه الترجمة.
content-available = متوفر أيضًا باللغات:
