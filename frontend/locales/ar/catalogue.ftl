# الصفحة الرئيسية: ما هي الشبكة، وأرقامها الحيّة، وآخر نشاطها.
home-title = لتنتقل الممارسات الجيدة من مكان إلى آخر
home-lead = { -brand } مجتمع ممارسة يجمع المنظمات التي تخدم اللاجئين والمهاجرين: المنظمات غير الحكومية، والبلديات، ووكالات الأمم المتحدة، والمجموعات التي يقودها لاجئون، والجامعات. فالمنظمة التي نفّذت برنامجًا أثبت نجاحه ترشد منظمةً أخرى ترغب في تنفيذه لديها، من أول دعوة لإبداء الاهتمام حتى إعادة تطبيق موثّقة ومُكافأة.
home-stats-label = الشبكة اليوم
# الكلمات التي تلي كل رقم، والرقم معروض قبلها مباشرة.
home-stat-organisations = { $count ->
    [zero] منظمة عضو
    [one] منظمة عضو
    [two] منظمتان عضوان
    [few] منظمات أعضاء
    [many] منظمة عضوًا
   *[other] منظمة عضو
}
home-stat-countries = { $count ->
    [zero] بلد
    [one] بلد
    [two] بلدان
    [few] بلدان
    [many] بلدًا
   *[other] بلد
}
home-stat-practices = { $count ->
    [zero] ممارسة جيدة منشورة
    [one] ممارسة جيدة منشورة
    [two] ممارستان جيدتان منشورتان
    [few] ممارسات جيدة منشورة
    [many] ممارسةً جيدةً منشورةً
   *[other] ممارسة جيدة منشورة
}
home-stat-mentors = { $count ->
    [zero] منظمة مستعدة للإرشاد
    [one] منظمة مستعدة للإرشاد
    [two] منظمتان مستعدتان للإرشاد
    [few] منظمات مستعدة للإرشاد
    [many] منظمةً مستعدةً للإرشاد
   *[other] منظمة مستعدة للإرشاد
}
home-browse = تصفّح الممارسات الجيدة
home-join = الانضمام إلى الشبكة
home-how-heading = كيف تنتقل الممارسة الجيدة
home-step-document = التوثيق.
home-step-document-body = يصف أحد الأعضاء برنامجًا أثبت نجاحه: المشكلة، وما نُفّذ، والنتائج وأدلتها. ويراجعه مسؤولو الشبكة قبل نشره.
home-step-find = البحث.
home-step-find-body = يبحث الآخرون في الفهرس حسب الموضوع والسياق العمراني والبلد واللغة والفئات المستفيدة.
home-step-replicate = إعادة التطبيق.
home-step-replicate-body = ترشد المنظمة التي نفّذت البرنامج منظمةً أخرى ترغب في تنفيذه لديها، مستعينةً بمجموعة أدوات من الأدلة الإرشادية والنماذج ومواد التدريب.
home-activity-heading = آخر المستجدات في الشبكة
home-activity-intro = الممارسات الجيدة المنشورة والمنظمات المنضمة، الأحدث أولًا.
home-activity-follow = تابِع النشاط في قارئ الموجزات (Atom)

# الفهرس: البحث والترتيب وعوامل التصفية والنتائج.
catalogue-title = الممارسات الجيدة
catalogue-search-label = البحث في الممارسات الجيدة
catalogue-search-placeholder = بحث: النفايات، العمل التطوعي، إربد…
catalogue-search-submit = بحث
catalogue-sort = الترتيب
catalogue-sort-relevance = الأكثر صلة، ثم الأحدث
catalogue-sort-newest = الأحدث
catalogue-sort-title = العنوان
catalogue-filters = عوامل التصفية
catalogue-facet-theme = الموضوع
catalogue-facet-context = السياق العمراني
catalogue-facet-country = البلد
catalogue-facet-target-group = الفئات المستفيدة
catalogue-facet-language = اللغة
# عدد الممارسات التي ستجدها قيمة التصفية هذه.
catalogue-facet-count = ({ $count })
catalogue-results = النتائج
catalogue-result-count = { $count ->
    [zero] لا توجد ممارسات
    [one] ممارسة واحدة
    [two] ممارستان
    [few] { $count } ممارسات
    [many] { $count } ممارسةً
   *[other] { $count } ممارسة
}
catalogue-no-results = لا توجد ممارسة تطابق جميع عوامل التصفية هذه.
catalogue-clear = مسح البحث
# بين بلدان الممارسة في النتائج.
catalogue-list-separator = { "، " }

# ممارسة واحدة: صفحتها، والإجراءات المتاحة، ومراجعتها.
practice-not-found = الممارسة غير موجودة
practice-unavailable = تعذّر عرض الممارسة
practice-back-to-catalogue = العودة إلى الفهرس
practice-published-on = نُشرت في { $date }
# مشكلة وجدها الخادم عند الإرسال: الحقل، ثم ما ينقصه.
practice-problem = { $field }: { $message }
practice-complete = استكمال الممارسة
practice-sent-back = أعادتها الشبكة:
practice-edit = تعديل
practice-submit = إرسال للمراجعة
practice-publish = نشر
practice-reject = إعادة للتعديل
practice-archive = أرشفة
# تُكمل عبارة «من أجل …، يُرجى تأكيد عنوان بريدك الإلكتروني أولًا».
practice-verify-to-submit = للتمكّن من إرسال هذه الممارسة للمراجعة، يُرجى أولًا تأكيد عنوان بريدك الإلكتروني بفتح الرابط الذي أرسلناه إليك، أو بطلب إرساله مجددًا من الشريط أعلى الصفحة.
practice-verify-to-publish = للتمكّن من نشرها، يُرجى أولًا تأكيد عنوان بريدك الإلكتروني بفتح الرابط الذي أرسلناه إليك، أو بطلب إرساله مجددًا من الشريط أعلى الصفحة.
practice-reject-reason = لماذا تُعاد هذه الممارسة؟ ستقرأ المنظمة ما تكتبه هنا.
practice-reject-confirm = إعادتها إلى المنظمة
practice-reject-cancel = إلغاء
practice-problem-heading = المشكلة
practice-approach-heading = ما الذي نُفّذ
practice-results-heading = النتائج
practice-figures-heading = بالأرقام
practice-themes-heading = الموضوعات
practice-target-groups-heading = الفئات المستفيدة
practice-where-heading = أين
practice-languages-heading = لغات التوثيق
practice-not-written = لم يُكتب بعد.
# حقول الممارسة كما تسمّيها قائمة ما ينقص.
practice-field-title = العنوان
practice-field-summary = الملخص
practice-field-problem = المشكلة
practice-field-approach = ما الذي نُفّذ
practice-field-results = النتائج
practice-field-figures = الأرقام
practice-field-themes = الموضوعات
practice-field-target-groups = الفئات المستفيدة
practice-field-settlement-contexts = السياقات العمرانية
practice-field-countries = البلدان
practice-field-languages = اللغات
practice-field-practice = الممارسة

# كتابة ممارسة: النموذج وصفحاته.
editor-new-title = مشاركة ممارسة جيدة
editor-login-needed = يُرجى تسجيل الدخول لمشاركة ممارسة جيدة من ممارسات منظمتك.
editor-new-intro = تُحفظ الممارسة مسودةً لمنظمتك. ويمكنك إرسالها للمراجعة عند اكتمالها: يقرؤها مسؤولو الشبكة قبل ظهورها في الفهرس.
editor-edit-title = تعديل ممارسة
editor-edit-heading = تعديل الممارسة
editor-save-draft = حفظ المسودة
editor-save-and-submit = الحفظ والإرسال للمراجعة
editor-not-owner = لا يحق تعديل هذه الممارسة إلا للمنظمة صاحبتها.
# $status رمز حالة الممارسة؛ ولا تظهر هذه الرسالة للمسودات.
editor-not-draft = هذه الممارسة { $status ->
    [submitted] مُرسلة للمراجعة
    [published] منشورة
    [archived] مؤرشفة
   *[draft] مسودة
}: لا تُعدَّل إلا المسودات، كي يكون ما يُنشر هو نفسه ما قرأه المراجعون.
editor-back-to-practice = العودة إلى الممارسة
editor-sent-back = أعادتها الشبكة:
editor-figures-legend = الأثر بالأرقام (اختياري)
editor-figures-hint = مثال: 3700 — طفل لاجئ في صفوف الرياضيات واللغة الإنجليزية.
editor-figure-number = العدد
editor-figure-label = ما الذي عُدّ
editor-figure-remove = إزالة
editor-figure-add = إضافة رقم
editor-title = العنوان
editor-summary = الملخص
editor-summary-hint = جملة أو جملتان للفهرس.
editor-problem = المشكلة التي تعالجها
editor-approach = ما الذي نُفّذ، وكيف
editor-results = النتائج والأدلة
editor-countries = البلدان التي نُفّذت فيها
editor-languages = لغات توثيقها
editor-themes = الموضوعات
editor-target-groups = الفئات المستفيدة
editor-contexts = السياقات العمرانية

# دليل الأعضاء والصفحة العامة للمنظمة.
directory-title = الأعضاء
directory-lead = منظمات الشبكة، ومن منها يرشد منظمات أخرى.
directory-filter-q = الاسم أو المدينة أو كلمات
directory-filter-kind = النوع
directory-filter-any = الكل
directory-filter-country = البلد
directory-filter-context = السياق العمراني
directory-filter-language = لغة العمل
directory-filter-theme = الموضوع
directory-filter-can-mentor = تقدّم الإرشاد
directory-filter-submit = تصفية
directory-count = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
directory-place = { $city }، { $country }
directory-mentors = ترشد منظمات أخرى
directory-org-not-found = المنظمة غير موجودة
directory-all-members = جميع الأعضاء
directory-manage = إدارة هذه المنظمة
# $level رمز مستوى الحوكمة للمنظمة.
directory-governance = { $level ->
    [local] المستوى المحلي
    [regional] المستوى الإقليمي
    [national] المستوى الوطني
    [european] المستوى الأوروبي
   *[international] المستوى الدولي
}
directory-mentor-capacity = { $count ->
    [one] ترشد منظمات أخرى (منظمة واحدة في كل مرة)
    [two] ترشد منظمات أخرى (حتى منظمتين في آنٍ واحد)
    [few] ترشد منظمات أخرى (حتى { $count } منظمات في آنٍ واحد)
   *[other] ترشد منظمات أخرى (حتى { $count } منظمة في آنٍ واحد)
}
directory-working-languages = لغات العمل
directory-themes = الموضوعات
directory-people = { $count ->
    [zero] لا أحد على { -brand }
    [one] شخص واحد على { -brand }
    [two] شخصان على { -brand }
    [few] { $count } أشخاص على { -brand }
    [many] { $count } شخصًا على { -brand }
   *[other] { $count } شخص على { -brand }
}
directory-practices = الممارسات الجيدة
directory-no-practices = لا توجد ممارسة منشورة بعد.
directory-activity = النشاط

# موجز النشاط: سطر لكل حدث.
activity-more = عرض النشاط الأقدم
activity-empty = لم يحدث شيء هنا بعد.
activity-reason = السبب المذكور:
activity-by-person = بواسطة { $name }
activity-by-key = بواسطة النظام الشريك «{ $name }»
# بدائل لاسم لا يحمله الحدث.
activity-unknown-organisation = منظمة
activity-unknown-practice = ممارسة
activity-unknown-person = شخص ما
activity-unknown-key = نظام شريك
activity-unknown-absorbed = منظمة أخرى
activity-organisation-registered = انضمت { $org } إلى الشبكة
activity-organisation-updated = حدّثت { $org } ملفها التعريفي
activity-organisation-approved = تمت الموافقة على { $org }
activity-organisation-rejected = لم تتم الموافقة على { $org }
activity-organisation-suspended = عُلّقت { $org }
activity-organisation-reactivated = أُعيد تفعيل { $org }
activity-organisation-merged = دُمجت { $absorbed } في { $org }
activity-person-joined = انضمام { $person } إلى { $org }
# $role رمز الدور (member أو org_admin)، أو other حين لا يذكره الحدث.
activity-person-role-changed = تغيّر دور { $person } في { $org } إلى: { $role ->
    [member] عضو
    [org_admin] مسؤول المنظمة
   *[other] دور آخر
}
activity-person-removed = إزالة { $person } من { $org }
activity-person-disabled = عُطّل حساب { $person } ({ $org })
activity-person-enabled = أُعيد تفعيل حساب { $person } ({ $org })
activity-person-network-admin-granted = منح { $person } ({ $org }) صلاحيات إدارة الشبكة
activity-person-network-admin-revoked = سحب صلاحيات إدارة الشبكة من { $person } ({ $org })
activity-invitation-created = وجّهت { $org } دعوة للانضمام إليها
activity-invitation-redeemed = قُبلت دعوة للانضمام إلى { $org }
activity-invitation-revoked = ألغت { $org } دعوة
activity-practice-created = بدأت { $org } مسودة: «{ $title }»
activity-practice-updated = عدّلت { $org } المسودة «{ $title }»
activity-practice-submitted = أرسلت { $org } «{ $title }» للمراجعة
activity-practice-published = نشرت { $org } «{ $title }»
activity-practice-rejected = أُعيدت «{ $title }» إلى { $org }
activity-practice-archived = أُرشفت «{ $title }» التابعة لـ{ $org }
activity-api-key-created = أنشأت { $org } مفتاح API باسم «{ $key }»
activity-api-key-revoked = أُلغي مفتاح API «{ $key }» التابع لـ{ $org }
catalogue-skip-to-results = الانتقال إلى النتائج
catalogue-filters-toggle = { $active ->
    [0] عوامل التصفية
   *[other] عوامل التصفية (المختار: { $active })
}
catalogue-card-themes = المواضيع
editor-source-language = لغة الكتابة
editor-source-language-hint = اللغة التي تكتب بها هذه الممارسة؛ تُضاف الترجمات لاحقًا.
editor-period = فترة تنفيذ البرنامج
editor-period-hint = السنوات التي نُفّذ فيها البرنامج على أرض الواقع (لا تاريخ نشره هنا). اتركه فارغًا إن لم يكن معروفًا.
editor-ran-from = من (سنة)
editor-ran-until = إلى (سنة)
editor-year-not-a-number = أدخل سنة، مثل 2016
activity-practice-translated = ترجمت { $org } «{ $title }» إلى اللغة { $language }
activity-organisation-translated = ترجمت { $org } وصفها إلى اللغة { $language }
practice-period = نُفّذ البرنامج بين عامَي { $from } و{ $until }
practice-period-year = نُفّذ البرنامج عام { $year }
practice-period-since = البرنامج قيد التنفيذ منذ عام { $from }
practice-period-until = نُفّذ البرنامج حتى عام { $until }
catalogue-facet-available-language = متوفرة باللغات
catalogue-mentor-available = يتوفر إرشاد
