# أخطاء الحقول حسب رمزها الثابت (crates/domain/src/problem.rs، reasons): تظهر تحت الحقل
# وفي قائمة مشكلات النموذج، بعد اسم الحقل.
error-required = هذا الحقل مطلوب
error-too_short = { $min ->
    [one] يجب ألا يقل عن حرف واحد
    [two] يجب ألا يقل عن حرفين
    [few] يجب ألا يقل عن { $min } أحرف
   *[other] يجب ألا يقل عن { $min } حرفًا
}
error-too_long = { $max ->
    [one] يجب ألا يزيد على حرف واحد
    [two] يجب ألا يزيد على حرفين
    [few] يجب ألا يزيد على { $max } أحرف
   *[other] يجب ألا يزيد على { $max } حرفًا
}
error-too_few = { $min ->
    [one] اختر عنصرًا واحدًا على الأقل
    [two] اختر عنصرين على الأقل
    [few] اختر { $min } عناصر على الأقل
   *[other] اختر { $min } عنصرًا على الأقل
}
error-too_many = { $max ->
    [one] اختر عنصرًا واحدًا على الأكثر
    [two] اختر عنصرين على الأكثر
    [few] اختر { $max } عناصر على الأكثر
   *[other] اختر { $max } عنصرًا على الأكثر
}
error-too_small = يجب ألا تقل القيمة عن { $min }
error-too_large = يجب ألا تزيد القيمة على { $max }
error-out_of_range = يجب أن تكون القيمة بين { $min } و{ $max }
error-not_email = أدخل عنوان بريد إلكتروني صحيحًا
error-not_https_url = أدخل عنوان موقع يبدأ بـ https://
error-unknown_value = «{ $value }» ليس من الخيارات المتاحة
error-not_country = «{ $value }» ليس بلدًا
error-not_language = «{ $value }» ليست لغة
error-not_time_zone = «{ $value }» ليست منطقة زمنية؛ اختر واحدة من القائمة، مثل Asia/Amman
error-in_the_past = يجب أن يكون في المستقبل
error-too_far_ahead = { $max_days ->
    [one] يجب ألا يتجاوز يومًا واحدًا من الآن
    [two] يجب ألا يتجاوز يومين من الآن
    [few] يجب ألا يتجاوز { $max_days } أيام من الآن
   *[other] يجب ألا يتجاوز { $max_days } يومًا من الآن
}
error-must_differ = يجب أن يختلف عن الحالي
error-must_match = الإدخالان غير متطابقين
error-either_or = أدخل أحدهما فقط، لا كليهما
error-invalid_cursor = لم تعد صفحة النتائج هذه صالحة؛ ابدأ من الصفحة الأولى
error-not_valid = هذا الرمز أو الرابط غير صالح
error-used = سبق استخدام هذا الرمز أو الرابط
error-expired = انتهت صلاحية هذا الرمز أو الرابط
error-wrong_password = هذه ليست كلمة المرور الخاصة بك
error-taken = مستخدم بالفعل
error-stale = تغيّر منذ فتحته؛ أعد تحميل الصفحة
error-wrong_state = لا يمكن تغييره في هذه المرحلة
error-duplicate_value = «{ $value }» مذكور مرتين
error-control_character = يحتوي على حرف لا يمكن حفظه
error-invalid_reference = يشير إلى عنصر لم يعد موجودًا
error-not_storable = لا يمكن حفظه بهذه الصيغة
error-invitation_address = أُرسلت هذه الدعوة إلى عنوان آخر
error-malformed = تتعذّر قراءته
error-invalid_type = ليس من نوع القيمة المتوقعة
error-unknown_field = هذا الحقل غير موجود في هذا النموذج
error-source_language = «{ $value }» هي اللغة الأصلية: عدّل النص نفسه
error-translation_exists = توجد ترجمة إلى «{ $value }»: احذفها أولًا
error-no_such_figure = { $figures ->
    [0] لا تتضمن الممارسة أي أرقام
    [one] لا تتضمن الممارسة إلا رقمًا واحدًا
    [two] لا تتضمن الممارسة إلا رقمين
    [few] لا تتضمن الممارسة إلا { $figures } أرقام
    [many] لا تتضمن الممارسة إلا { $figures } رقمًا
   *[other] لا تتضمن الممارسة إلا { $figures } رقم
}
error-empty_translation = أدخل حقلًا واحدًا على الأقل للترجمة
error-period_reversed = لا يجوز أن تسبق سنة البداية

# مشكلات لا تخص حقلًا بعينه، حسب الجزء الأخير من نوعها.
problem-validation = بعض البيانات المرسلة غير صحيحة.
problem-malformed-request = تعذّرت قراءة الطلب.
problem-unauthenticated = لم يتم تسجيل الدخول: البريد الإلكتروني أو كلمة المرور غير صحيحة، أو انتهت الجلسة.
problem-forbidden = لا تملك صلاحية القيام بهذا الإجراء.
problem-email-unverified = يُرجى أولًا تأكيد عنوان بريدك الإلكتروني بفتح الرابط الذي أرسلناه إليك.
problem-insufficient-scope = لا يملك هذا المفتاح صلاحية القيام بهذا الإجراء.
problem-not-found = هذا العنصر غير موجود أو لم يعد موجودًا.
problem-conflict = يتعارض هذا مع عنصر موجود بالفعل.
problem-invalid-transition = لا يمكن القيام بهذا الإجراء في هذه المرحلة.
problem-rate-limited = محاولات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
problem-payload-too-large = البيانات المرسلة كبيرة جدًا.
problem-uri-too-long = العنوان طويل جدًا.
problem-headers-too-large = ترويسات الطلب كبيرة جدًا.
problem-unsupported-media-type = هذا النوع من المحتوى غير مقبول.
problem-internal = حدث خطأ من جهتنا. يُرجى المحاولة لاحقًا.
problem-organisation-not-active = منظمتك غير نشطة في الشبكة: فهي بانتظار الموافقة، أو رُفضت أو عُلّقت.
problem-last-org-admin = تحتاج المنظمة التي تضم أشخاصًا آخرين إلى مسؤول واحد على الأقل.
problem-last-network-admin = تحتاج الشبكة إلى مسؤول واحد على الأقل.
problem-own-account = يجب أن يقوم شخص آخر بهذا الإجراء على حسابك.
problem-already-verified = هذا العنوان مؤكَّد بالفعل.
problem-invitation-without-address = لا يوجد لهذه الدعوة عنوان تُرسل إليه.
problem-unavailable = الخدمة غير متاحة مؤقتًا. يُرجى المحاولة بعد قليل.
