# شاشات مسؤولي الشبكة (frontend/src/pages/admin) ومفاتيح API للأنظمة الشريكة (pages/api_keys.rs).

# من يحق له رؤيتها.
admin-title = الإدارة
admin-not-allowed = غير مسموح
admin-only-admins = لا يمكن رؤية هذه الصفحة إلا لمسؤولي الشبكة.
admin-login-needed = هذه الصفحة مخصّصة لمسؤولي الشبكة. سجّل الدخول أولًا.
admin-back-home = العودة إلى الصفحة الرئيسية

# لوحة المتابعة: الشبكة بالأرقام (تأتي كل عبارة بعد رقمها المكتوب بخط عريض).
admin-heading = إدارة الشبكة
admin-stat-organisations = { $count ->
    [zero] منظمة
    [one] منظمة
    [two] منظمتان
    [few] منظمات
    [many] منظمة
   *[other] منظمة
}
admin-stat-awaiting-approval = { $count ->
   *[other] بانتظار الموافقة
}
admin-stat-suspended = { $count ->
    [two] معلّقتان
   *[other] معلّقة
}
admin-stat-people = { $count ->
    [zero] شخص
    [one] شخص
    [two] شخصان
    [few] أشخاص
    [many] شخصًا
   *[other] شخص
}
admin-stat-countries = { $count ->
    [zero] دولة
    [one] دولة
    [two] دولتان
    [few] دول
    [many] دولة
   *[other] دولة
}
admin-stat-published = { $count ->
    [zero] ممارسة جيدة منشورة
    [one] ممارسة جيدة منشورة
    [two] ممارستان جيدتان منشورتان
    [few] ممارسات جيدة منشورة
    [many] ممارسة جيدة منشورة
   *[other] ممارسة جيدة منشورة
}
admin-stat-waiting-for-review = { $count ->
   *[other] بانتظار المراجعة
}
admin-stat-drafts = { $count ->
    [zero] مسودة
    [one] مسودة
    [two] مسودتان
    [few] مسودات
    [many] مسودة
   *[other] مسودة
}
admin-stat-archived = { $count ->
    [two] مؤرشفتان
   *[other] مؤرشفة
}

# أدوات لوحة المتابعة.
admin-tools = الأدوات
admin-tile-organisations = المنظمات
admin-tile-organisations-hint = الموافقة على المنظمات الجديدة، والتحقق من التكرارات المحتملة، والتعليق أو الدمج.
admin-tile-organisations-count = { $count ->
    [zero] لا توجد منظمات بانتظار الموافقة
    [one] منظمة واحدة بانتظار الموافقة
    [two] منظمتان بانتظار الموافقة
    [few] { $count } منظمات بانتظار الموافقة
    [many] { $count } منظمة بانتظار الموافقة
   *[other] { $count } منظمة بانتظار الموافقة
}
admin-tile-people = الأشخاص
admin-tile-people-hint = البحث عن شخص؛ تعطيل حساب أو تفعيله، وإعادة إرسال رابط التأكيد، ومنح صلاحيات الإدارة.
admin-tile-moderation = قائمة انتظار المراجعة
admin-tile-moderation-hint = الممارسات الجيدة التي تنتظر المراجعة: انشرها أو أعِدها إلى أصحابها.
admin-tile-moderation-count = { $count } قيد الانتظار
admin-tile-jobs = المهام في الخلفية
admin-tile-jobs-hint = العمل الذي تؤديه المنصة لاحقًا: توزيع الأحداث وإرسال الرسائل. أعِد تشغيل المهام المتوقفة.
admin-tile-jobs-count = { $dead ->
    [zero] { $pending } قيد الانتظار، ولا توجد مهام متوقفة
    [one] { $pending } قيد الانتظار، ومهمة واحدة متوقفة
    [two] { $pending } قيد الانتظار، ومهمتان متوقفتان
    [few] { $pending } قيد الانتظار، و{ $dead } مهام متوقفة
    [many] { $pending } قيد الانتظار، و{ $dead } مهمة متوقفة
   *[other] { $pending } قيد الانتظار، و{ $dead } مهمة متوقفة
}
admin-tile-mail = صندوق الصادر
admin-tile-mail-hint = كل رسالة أرسلتها المنصة أو، في غياب خادم بريد، احتفظت بها هنا.
admin-tile-mail-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
admin-tile-keys = مفاتيح API
admin-tile-keys-hint = مفاتيح API الخاصة بالأنظمة الشريكة لكل المنظمات؛ أبطِل أي مفتاح تسرّب.

# قائمة انتظار المراجعة.
admin-moderation-title = قائمة انتظار المراجعة
admin-moderation-intro = الممارسات الجيدة التي أرسلتها منظماتها للمراجعة، الأقدم أولًا. يؤدي النشر إلى إدراج الممارسة في الدليل؛ أما إعادتها فترجعها مسودةً مع السبب الذي تذكره.
admin-moderation-empty = لا يوجد ما ينتظر المراجعة.
admin-moderation-submitted = أُرسلت في { $date }
admin-moderation-publish = نشر
admin-moderation-reason-label = أو أعِدها مع ذكر السبب (ستقرؤه المنظمة)
admin-moderation-send-back = إعادة
admin-moderation-reason-required = السبب مطلوب.
admin-moderation-reason-too-short = { $min ->
    [zero] يجب ألا يكون السبب فارغًا.
    [one] يجب ألا يقل السبب عن حرف واحد.
    [two] يجب ألا يقل السبب عن حرفين.
    [few] يجب ألا يقل السبب عن { $min } أحرف.
    [many] يجب ألا يقل السبب عن { $min } حرفًا.
   *[other] يجب ألا يقل السبب عن { $min } حرف.
}
admin-moderation-reason-too-long = { $max ->
    [zero] يجب أن يكون السبب فارغًا.
    [one] يجب ألا يزيد السبب على حرف واحد.
    [two] يجب ألا يزيد السبب على حرفين.
    [few] يجب ألا يزيد السبب على { $max } أحرف.
    [many] يجب ألا يزيد السبب على { $max } حرفًا.
   *[other] يجب ألا يزيد السبب على { $max } حرف.
}
admin-moderation-reason-control = يجب ألا يحتوي السبب على محارف تحكّم.

# المهام في الخلفية.
admin-jobs-title = المهام في الخلفية
admin-jobs-intro = العمل الذي تؤديه المنصة بعد كل تغيير: تحويل الأحداث إلى إشعارات، وإرسال الرسائل، والملخصات الأسبوعية. تُعاد محاولة المهمة التي تفشل لاحقًا؛ وبعد محاولتها الأخيرة تتوقف نهائيًا وتنتظرك هنا.
admin-jobs-status = الحالة
admin-jobs-any-status = أي حالة
admin-jobs-status-pending = قيد الانتظار
admin-jobs-status-running = قيد التنفيذ
admin-jobs-status-done = منجزة
admin-jobs-status-dead = متوقفة
admin-jobs-none = لا توجد مهام مطابقة.
admin-jobs-count = { $count ->
    [zero] لا توجد مهام
    [one] مهمة واحدة
    [two] مهمتان
    [few] { $count } مهام
    [many] { $count } مهمة
   *[other] { $count } مهمة
}
admin-jobs-col-job = المهمة
admin-jobs-col-status = الحالة
admin-jobs-col-attempts = المحاولات
admin-jobs-col-when = الموعد
admin-jobs-col-error = آخر خطأ
admin-jobs-attempts = { $attempts } / { $max }
admin-jobs-payload = البيانات
admin-jobs-created = أُنشئت في { $when }
admin-jobs-runs = تُنفَّذ في { $when }
admin-jobs-finished = انتهت في { $when }
admin-jobs-retry = إعادة المحاولة
admin-jobs-retry-confirm = إعادة تشغيل المهمة
admin-jobs-retry-question = هل تريد إعادة تشغيل المهمة رقم { $id } ({ $kind })؟ ستُنفَّذ مجددًا حالما يتوفر عامل تشغيل، مع رصيد جديد من المحاولات. ولا يُنجَز عملها إلا مرة واحدة حتى لو كانت قد نُفِّذت جزئيًا.
admin-jobs-retried = أُعيدت المهمة رقم { $id } ({ $kind }) إلى قائمة الانتظار؛ وسيُنفّذها عامل تشغيل قريبًا.

# صندوق الصادر.
admin-mail-title = صندوق الصادر
admin-mail-intro = كل الرسائل التي أنتجتها المنصة، الأحدث أولًا. في غياب خادم بريد (إذا لم يُضبط TWINNING_SMTP_URL) تُحفظ الرسائل هنا بدلًا من إرسالها، فلا يضيع شيء ويمكنك قراءة ما كان سيُرسَل.
admin-mail-none = لا توجد رسائل بعد.
admin-mail-none-match = لا توجد رسائل بهذه الحالة.
admin-mail-status = الحالة
admin-mail-any-status = أي حالة
admin-mail-status-queued = بانتظار الإرسال
admin-mail-status-sent = أُرسلت
admin-mail-status-kept = محفوظة هنا (لا يوجد خادم بريد)
admin-mail-status-failed = فشل الإرسال
admin-mail-category-account = الحساب والأمان
admin-mail-category-digest = الملخص الأسبوعي
admin-mail-category-practice-submitted = إشعار: أُرسلت ممارسة جيدة للمراجعة
admin-mail-category-practice-published = إشعار: نُشرت ممارسة جيدة
admin-mail-category-practice-rejected = إشعار: أُعيدت ممارسة جيدة
admin-mail-category-member-joined = إشعار: انضمام عضو جديد
admin-mail-category-organisation-reviewed = إشعار: مراجعة منظمة
admin-mail-category-other = إشعار: { $code }
admin-mail-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
admin-mail-attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
admin-mail-to = إلى
admin-mail-sent = أُرسلت في { $when }
admin-mail-written = كُتبت في { $when }
admin-mail-last-error = آخر خطأ: { $error }
admin-mail-read-text = قراءة النص

# مفاتيح API لكل المنظمات.
admin-keys-title = مفاتيح API
admin-keys-intro = المفاتيح التي أنشأتها كل منظمة لأنظمتها الشريكة، الأحدث أولًا. يديرها مسؤولو كل منظمة من صفحة «منظمتي»؛ أبطِل المفتاح هنا إذا تسرّب أو تعذّر الوصول إلى منظمته.
admin-keys-none = لم تُنشئ أي منظمة مفتاحًا بعد.
admin-keys-none-here = لا توجد مفاتيح في هذه الصفحة؛ عُد إلى الصفحة الأولى.
admin-keys-count = { $count ->
    [zero] لا توجد مفاتيح
    [one] مفتاح واحد
    [two] مفتاحان
    [few] { $count } مفاتيح
    [many] { $count } مفتاحًا
   *[other] { $count } مفتاح
}

# التحقق من المنظمات.
admin-orgs-title = المنظمات
admin-orgs-intro = تنتظر المنظمات الجديدة هنا حتى توافق عليها: وإلى ذلك الحين لا تظهر في القوائم ولا تُحتسب ولا تُقترح جهةً مرشدة ولا يمكنها إرسال أي شيء. تحقّق أولًا من الشخص الذي سجّلها ومن التكرارات المحتملة.
admin-orgs-status = الحالة
admin-orgs-any-status = الكل (المنتظرة للموافقة أولًا)
admin-orgs-none = لا توجد منظمات مطابقة.
admin-orgs-count = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
admin-orgs-members = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
admin-orgs-registrant = سجّلها { $name } <{ $email }> في { $date }
admin-orgs-no-registrant = الشخص الذي سجّلها غير معروف (حُذف الحساب)
admin-orgs-duplicates = تكرارات محتملة
admin-orgs-duplicate-alike = ({ $status }، تشابه بنسبة { $percent }٪)
admin-orgs-merge-into-this = الدمج في هذه المنظمة
admin-orgs-dismiss = ليست مكررة
admin-orgs-dismiss-confirm = تجاهل التنبيه
admin-orgs-dismiss-question = هل تريد اعتبار { $name } و{ $other } منظمتين مختلفتين؟
admin-orgs-dismissed = لم تعد { $name } و{ $other } مُعلَّمتين كمنظمتين مكررتين.
admin-orgs-reason = السبب (سيقرؤه أعضاء المنظمة)
admin-orgs-need-reason = اكتب السبب أولًا: سيقرؤه أعضاء المنظمة.
admin-orgs-approve = موافقة
admin-orgs-reject = رفض
admin-orgs-suspend = تعليق
admin-orgs-reactivate = إعادة تفعيل
admin-orgs-approve-question = هل توافق على { $name }؟ ستظهر في القوائم وتُحتسب ويمكنها إرسال ممارسات جيدة من الآن فصاعدًا، ويُبلَّغ الشخص الذي سجّلها بالبريد الإلكتروني.
admin-orgs-reject-question = هل ترفض { $name }؟ سيتلقى الشخص الذي سجّلها السبب الذي تذكره بالبريد الإلكتروني، وتبقى المنظمة خارج القوائم.
admin-orgs-suspend-question = هل تعلّق { $name }؟ ستُخفى فورًا ويُسجَّل خروج أعضائها، مع الاحتفاظ بمحتواها.
admin-orgs-reactivate-question = هل تعيد تفعيل { $name }؟ ستظهر في القوائم مجددًا.
admin-orgs-approved = تمت الموافقة على { $name }.
admin-orgs-rejected = تم رفض { $name }.
admin-orgs-suspended = تم تعليق { $name }.
admin-orgs-reactivated = أُعيد تفعيل { $name }.
admin-orgs-merge = دمج
admin-orgs-merge-into = الدمج في (المعرّف الوارد في عنوان المنظمة التي ستبقى)
admin-orgs-merge-confirm = دمج المنظمتين
admin-orgs-need-into = حدّد المنظمة التي ستبقى.
admin-orgs-merge-question = هل تريد دمج { $name } في { $into }؟ سينتقل أعضاؤها وممارساتها الجيدة ومفاتيحها وسجلّها إلى { $into } دفعة واحدة، وتُحذف { $name }، ويؤدي عنوانها إلى { $into }. لا يمكن التراجع عن ذلك.
admin-orgs-merged = { $count ->
    [zero] دُمجت { $from } في { $into }: لم يُنقل أي سجل.
    [one] دُمجت { $from } في { $into }: نُقل سجل واحد.
    [two] دُمجت { $from } في { $into }: نُقل سجلان.
    [few] دُمجت { $from } في { $into }: نُقلت { $count } سجلات.
    [many] دُمجت { $from } في { $into }: نُقل { $count } سجلًا.
   *[other] دُمجت { $from } في { $into }: نُقل { $count } سجل.
}

# الأشخاص وحساباتهم.
admin-people-title = الأشخاص
admin-people-intro = كل من لديه حساب، الأحدث أولًا. ابحث بالاسم أو عنوان البريد الإلكتروني أو المنظمة.
admin-people-search = بحث
admin-people-find = ابحث
admin-people-none = لا يوجد أحد مطابق.
admin-people-count = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
admin-people-never-seen = لا نشاط مسجَّل
admin-people-last-seen = آخر نشاط في { $when }
admin-people-joined = انضمّ في { $date }
admin-people-flag-verified = العنوان مؤكَّد
admin-people-flag-unverified = العنوان غير مؤكَّد
admin-people-flag-network-admin = مسؤول الشبكة
admin-people-flag-disabled = الحساب معطَّل
admin-people-flag-removed = أُزيل من المنظمة
admin-people-disable = تعطيل
admin-people-enable = تفعيل
admin-people-resend = إعادة إرسال رابط التأكيد
admin-people-grant = تعيين مسؤولًا عن الشبكة
admin-people-revoke = سحب صلاحيات مسؤول الشبكة
admin-people-disable-question = هل تريد تعطيل حساب { $name }؟ سيُسجَّل خروجه فورًا من كل الأجهزة ولن يتمكن من تسجيل الدخول حتى تعيد تفعيل الحساب؛ ويبقى ما كتبه محفوظًا.
admin-people-enable-question = هل تريد تفعيل حساب { $name }؟ سيتمكن من تسجيل الدخول مجددًا.
admin-people-grant-question = هل تريد تعيين { $name } مسؤولًا عن الشبكة؟ سيتمكن من الموافقة على المنظمات والإشراف على الممارسات الجيدة وإدارة جميع الحسابات. سيُسجَّل خروجه ثم يسجّل الدخول مجددًا بالصلاحيات الجديدة.
admin-people-revoke-question = هل تريد سحب صلاحيات مسؤول الشبكة من { $name }؟ سيُسجَّل خروجه من كل الأجهزة.
admin-people-disabled = عُطِّل حساب { $name }؛ وسُجِّل خروجه من كل الأجهزة.
admin-people-enabled = أُعيد تفعيل حساب { $name }.
admin-people-resent = أُرسل رابط تأكيد جديد إلى { $name } على العنوان { $email }.
admin-people-granted = أصبح { $name } مسؤولًا عن الشبكة.
admin-people-revoked = لم يعد { $name } مسؤولًا عن الشبكة.

# مفاتيح API للأنظمة الشريكة لمنظمة ما (في صفحة «منظمتي»).
api-keys-heading = مفاتيح API
api-keys-intro = يتيح المفتاح لأحد أنظمتك الشريكة (أداة لإدارة الحالات، أو موقع إلكتروني، أو برنامج نصي) استخدام واجهة برمجة Twinning (API) باسم منظمتك، في حدود الصلاحيات التي تمنحها له. ولا يمكنه أبدًا أن يفعل أكثر مما يستطيعه مسؤول في منظمتك، ولا أن يتولى إدارة الشبكة.
api-keys-none = لا توجد مفاتيح بعد.
api-keys-new-heading = إنشاء مفتاح
api-keys-name = الاسم
api-keys-name-hint = الغرض منه، لتتعرّف عليه لاحقًا، مثل «مزامنة إدارة الحالات».
api-keys-scopes = ما يُسمح له بفعله
api-keys-scope-read-private = قراءة مسودات المنظمة وأعضائها ونشاطها غير العام
api-keys-scope-write-practices = إنشاء الممارسات الجيدة للمنظمة وتعديلها وإرسالها للمراجعة
api-keys-scope-write-organisation = تعديل الملف التعريفي للمنظمة
api-keys-expires = تاريخ انتهاء الصلاحية (اختياري)
api-keys-expires-hint = يتوقف عن العمل في نهاية ذلك اليوم (بالتوقيت العالمي UTC). اترك الحقل فارغًا لمفتاح يعمل حتى تُبطله.
api-keys-expires-invalid = يجب أن يكون تاريخًا مثل 2027-12-31
api-keys-create = إنشاء المفتاح
api-keys-created = أُنشئ المفتاح «{ $name }».
api-keys-shown-once = انسخ هذا المفتاح الآن: لن يُعرض إلا مرة واحدة.
api-keys-why-once = لا يحتفظ Twinning إلا ببصمة منه، فلا يستطيع أحد عرضه مجددًا، ولا حتى مسؤولو الشبكة. إذا فقدته فأبطِله وأنشئ مفتاحًا آخر.
api-keys-how-to-use = يرسله نظامك في كل طلب ضمن الترويسة
api-keys-copy = نسخ المفتاح
api-keys-copied = نُسخ إلى الحافظة.
api-keys-copy-failed = لم يسمح المتصفح بنسخه: حدّد المفتاح وانسخه بنفسك.
api-keys-done = حفظته في مكان آمن: إخفاء المفتاح
api-keys-col-name = الاسم
api-keys-col-organisation = المنظمة
api-keys-col-key = بداية المفتاح
api-keys-col-scopes = الصلاحيات
api-keys-col-created = تاريخ الإنشاء
api-keys-col-used = آخر استخدام
api-keys-col-expires = تاريخ الانتهاء
api-keys-col-state = الحالة
api-keys-never-used = لم يُستخدم قط
api-keys-no-expiry = بلا انتهاء
api-keys-active = نشط
api-keys-revoked-on = أُبطل في { $date }
api-keys-expired-on = انتهت صلاحيته في { $date }
api-keys-revoke = إبطال
api-keys-revoke-confirm = إبطال المفتاح
api-keys-revoke-question = هل تريد إبطال «{ $name }»؟ سيُرفض من الآن كل نظام يستخدمه (HTTP 401)، ولا يمكن إعادة تفعيله.
api-keys-revoked = أُبطل «{ $name }»: تُرفض الطلبات التي تستخدمه من الآن فصاعدًا.
