# إدارة المنظمة: ممارساتها الجيدة ووضعها وإطار الصفحة.
my-org-title = منظمتي
my-org-login = يُرجى تسجيل الدخول لعرض منظمتك.
my-org-manage-login = يُرجى تسجيل الدخول لإدارة منظمة.
my-org-manage-title = إدارة { $name }
my-org-public-page = عرض الصفحة العامة
my-org-new-practice = مشاركة ممارسة جيدة جديدة
my-org-our-practices = ممارساتنا الجيدة
my-org-its-practices = الممارسات الجيدة لهذه المنظمة
my-org-none-yet = لا شيء بعد. يمكنك مشاركة برنامج أثبت نجاحه كي يتمكّن الآخرون من تكرار تجربته.
my-org-none = لا توجد ممارسات جيدة بعد.
my-org-not-allowed = لا يدير هذه المنظمة إلا مسؤولوها ومسؤولو الشبكة.
my-org-col-practice = الممارسة الجيدة
my-org-col-status = الحالة
my-org-col-changed = آخر تعديل
my-org-verify-to-invite = للتمكّن من دعوة الزملاء، يُرجى أولًا تأكيد عنوان بريدك الإلكتروني بفتح الرابط الذي أرسلناه إليك، أو بطلب إرساله مجددًا من الشريط أعلى الصفحة.

# وضع المنظمة في الشبكة، وتنبيهات آخر حفظ.
my-org-notice-pending-heading = بانتظار الموافقة
my-org-notice-pending-body = يراجع أحد مسؤولي الشبكة كل منظمة جديدة قبل انضمامها. وإلى حين ذلك يمكنك استكمال الملف التعريفي وإعداد المسودات ودعوة الزملاء، غير أن منظمتك لا تظهر بعد في قائمة الأعضاء ولا يمكنها تقديم ممارسات جيدة. سيصلك الرد بالبريد الإلكتروني.
my-org-notice-rejected-heading = لم تتم الموافقة
my-org-notice-rejected-body = لم يوافق أحد مسؤولي الشبكة على هذه المنظمة. ولا يرى صفحتها إلا أفرادها. إن كان ذلك عن خطأ، فيُرجى تصحيح الملف التعريفي ومراسلة الشبكة.
my-org-notice-suspended-heading = معلّقة
my-org-notice-suspended-body = علّق أحد مسؤولي الشبكة هذه المنظمة: فهي مخفية عن الشبكة ولا يمكنها تغيير أي شيء حتى يُعاد تفعيلها. ويبقى محتواها محفوظًا.
my-org-notice-reason = السبب المذكور: { $reason }
my-org-warnings-heading = احتمال وجود تسجيل مكرّر
my-org-warning-possible-duplicate = «{ $name }» عضو بالفعل في البلد نفسه. إن كانت هذه منظمتك، فيُرجى أن تطلب من مسؤوليها دعوة بدلًا من التسجيل؛ وسيراجع أحد مسؤولي الشبكة كلا التسجيلين.
my-org-warning-see = عرض { $name }

# الملف التعريفي العام للمنظمة.
my-org-profile-heading = الملف التعريفي
my-org-profile-name = الاسم
my-org-profile-kind = النوع
my-org-profile-level = مستوى الحوكمة
my-org-profile-country = البلد
my-org-profile-city = المدينة
my-org-profile-context = السياق العمراني
my-org-profile-languages = لغات العمل
my-org-profile-themes = الموضوعات التي تعملون عليها
my-org-profile-description = الوصف
my-org-profile-website = الموقع الإلكتروني (https://…)
my-org-profile-can-mentor = نقدّم الإرشاد لمنظمات أخرى
my-org-profile-capacity = عدد الجهات المسترشدة في الوقت نفسه
my-org-profile-capacity-whole-number = يجب أن يكون عددًا صحيحًا
my-org-profile-time-zone = المنطقة الزمنية (تُكتب بها مواعيد الاجتماعات والمهل)
my-org-profile-save = حفظ الملف التعريفي
my-org-profile-saved = تم الحفظ.

# أفراد المنظمة؛ $role هو رمز الدور (member أو org_admin).
my-org-people-heading = الأفراد
my-org-people-name-you = { $name } (أنت)
my-org-people-unverified = العنوان غير مؤكَّد
my-org-people-col-name = الاسم
my-org-people-col-email = البريد الإلكتروني
my-org-people-col-role = الدور
my-org-people-col-joined = تاريخ الانضمام
my-org-people-col-manage = الإدارة
my-org-people-make-role = { $role ->
    [org_admin] منح دور مسؤول المنظمة
   *[member] منح دور العضو
}
my-org-people-role-question = { $role ->
    [org_admin] منح { $name } دور مسؤول المنظمة؟
   *[member] منح { $name } دور العضو؟
}
my-org-people-change-role = تغيير الدور
my-org-people-role-changed = { $role ->
    [org_admin] أصبح لدى { $name } دور مسؤول المنظمة.
   *[member] أصبح لدى { $name } دور العضو.
}
my-org-people-hand-on = نقل دور المسؤول والتنحّي عنه
my-org-people-hand-on-question = منح { $name } دور مسؤول المنظمة والاكتفاء أنت بدور العضو؟ لن تتمكن بعد ذلك من إدارة الأفراد أو الدعوات أو المفاتيح.
my-org-people-handed-on = أُسند دور مسؤول المنظمة إلى { $name }، ودورك الآن: عضو.
my-org-people-remove = إزالة
my-org-people-remove-question = إزالة { $name } من منظمتك؟ سيُسجَّل خروج هذا الشخص فورًا ولن يتمكن من تسجيل الدخول مجددًا، ويبقى ما كتبه محفوظًا. ويمكنه العودة بدعوة جديدة.
my-org-people-removed = تمت إزالة { $name } من منظمتك.

# الدعوات؛ $email عنوان بريد إلكتروني أو my-org-invitations-anyone.
my-org-invitations-heading = الدعوات
my-org-invitations-intro = يمكنك دعوة زميل أو زميلة عبر عنوان البريد الإلكتروني: يصل إلى الشخص المدعو رابط للانضمام إلى منظمتك، صالح لهذا العنوان وحده، ولمرة واحدة، ولمدة 14 يومًا. ويمكنك إعادة إرساله أو إلغاؤه ما دام لم يُستخدم.
my-org-invitations-email = البريد الإلكتروني للشخص المدعو
my-org-invitations-role = الدور
my-org-invitations-send = إرسال الدعوة
my-org-invitations-resend = إعادة الإرسال
my-org-invitations-revoke = إلغاء
my-org-invitations-none = لا توجد دعوات بعد.
my-org-invitations-code = الرابط في طريقه إلى الشخص المدعو. ويمكنك أيضًا أن تعطيه هذا الرمز ليُدخله في صفحة الانضمام؛ ولن يظهر إلا هذه المرة:
my-org-invitations-sent = أُرسلت دعوة بالبريد الإلكتروني إلى { $email }.
my-org-invitations-resent = أُرسل رابط جديد بالبريد الإلكتروني إلى { $email }؛ ولم يعد الرابط السابق صالحًا.
my-org-invitations-revoke-question = إلغاء الدعوة الموجّهة إلى { $email }؟ سيتوقف رابطها عن العمل.
my-org-invitations-revoked = أُلغيت الدعوة الموجّهة إلى { $email }.
my-org-invitations-used = مُستخدَمة
my-org-invitations-state-revoked = ملغاة
my-org-invitations-expired = منتهية الصلاحية
my-org-invitations-open-until = صالحة حتى { $date }
my-org-invitations-anyone = أي شخص لديه الرمز

# إشعارات الشخص.
notifications-title = الإشعارات
notifications-login = يُرجى تسجيل الدخول لعرض إشعاراتك.
notifications-intro = ما جرى للممارسات الجيدة لمنظمتك ولأفرادها، من الأحدث إلى الأقدم. ويمكنك من حسابك اختيار ما يصلك منها أيضًا بالبريد الإلكتروني.
notifications-mail-preferences = تفضيلات البريد الإلكتروني
notifications-empty = لا توجد إشعارات بعد. ستجد هنا ما تفعله الشبكة بممارساتك الجيدة.
notifications-mark-all = تعليم الكل كمقروء
notifications-mark-one = تعليم كمقروء
notifications-more = تحميل إشعارات أقدم
notifications-unread-tag = غير مقروء
notifications-all-read = عُلِّمت كل الإشعارات كمقروءة.
notifications-unread-count = { $count ->
    [zero] لا توجد إشعارات غير مقروءة.
    [one] إشعار واحد غير مقروء.
    [two] إشعاران غير مقروءين.
    [few] { $count } إشعارات غير مقروءة.
    [many] { $count } إشعارًا غير مقروء.
   *[other] { $count } إشعار غير مقروء.
}

# الجرس في الترويسة.
bell-name = الإشعارات
bell-label = { $count ->
    [zero] الإشعارات: لا شيء غير مقروء
    [one] الإشعارات: إشعار واحد غير مقروء
    [two] الإشعارات: إشعاران غير مقروءين
    [few] الإشعارات: { $count } إشعارات غير مقروءة
    [many] الإشعارات: { $count } إشعارًا غير مقروء
   *[other] الإشعارات: { $count } إشعار غير مقروء
}
my-org-profile-translations = ترجمة الوصف إلى لغات أخرى
