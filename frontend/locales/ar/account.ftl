# تسجيل الدخول وإنشاء الحساب (auth.rs).
auth-login-title = تسجيل الدخول
auth-login-submit = تسجيل الدخول
auth-signed-out-everywhere = تم تسجيل خروجك من جميع الأجهزة.
auth-email = البريد الإلكتروني
auth-password = كلمة المرور
auth-forgot-link = هل نسيت كلمة المرور؟
auth-new-here = أول زيارة لك؟
auth-register-link = تسجيل منظمتك
auth-register-title = الانضمام إلى Twinning
auth-required = هذا الحقل مطلوب
auth-you = بياناتك
auth-your-name = اسمك
auth-new-password = كلمة المرور (10 أحرف على الأقل)
auth-with-code = لديّ رمز دعوة للانضمام إلى منظمة
auth-invitation-code = رمز الدعوة
auth-your-organisation = منظمتك
auth-org-name = الاسم
auth-org-kind = النوع
auth-org-level = مستوى الحوكمة
auth-org-country = البلد
auth-org-city = المدينة
auth-org-context = نوع التجمّع السكاني
auth-org-languages = لغات العمل
auth-can-mentor = يمكننا إرشاد المنظمات التي تعيد تطبيق ممارساتنا الجيدة
auth-register-submit = تسجيل

# تأكيد عنوان البريد الإلكتروني، واختيار كلمة مرور جديدة عبر رابط مُرسل بالبريد (recovery.rs).
# يظهر العنوان بخط عريض في موضع { $email }.
recovery-banner = يُرجى تأكيد عنوان بريدك الإلكتروني بفتح الرابط الذي أرسلناه إلى { $email }.
recovery-banner-why = حتى ذلك الحين يمكنك إعداد ملفك الشخصي ومسوداتك، لكن لا يمكنك الإرسال أو النشر أو التقدّم بطلب أو توجيه الدعوات.
recovery-resend = إعادة إرسال الرابط
recovery-already-confirmed = تم تأكيد عنوانك بالفعل.
recovery-verify-title = تأكيد عنوان البريد الإلكتروني
recovery-verifying = جارٍ تأكيد عنوانك…
recovery-verified = شكرًا لك: تم تأكيد عنوان بريدك الإلكتروني.
recovery-verify-failed = تعذّر تأكيد عنوانك: { $reason }.
recovery-no-token = تُفتح هذه الصفحة من الرابط الوارد في رسالتنا، وهذا العنوان لا يتضمن أي رابط.
recovery-go-to-organisation = الانتقال إلى منظمتك
recovery-log-in = تسجيل الدخول
recovery-retry-signed-in = للحصول على رابط جديد، يُرجى استخدام «إعادة إرسال الرابط» في الشريط أعلاه.
recovery-retry-signed-out = يُرجى تسجيل الدخول: يتيح لك شريط في أعلى كل صفحة طلب رابط جديد.
recovery-forgot-title = هل نسيت كلمة المرور؟
recovery-forgot-intro = يُرجى إدخال عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة؛ يعمل الرابط مرة واحدة فقط ولمدة ساعة واحدة.
recovery-forgot-submit = إرسال الرابط إليّ
recovery-email = البريد الإلكتروني
recovery-back-to-login = العودة إلى تسجيل الدخول
recovery-reset-title = اختيار كلمة مرور جديدة
recovery-reset-intro = يؤدي اختيار كلمة مرور جديدة إلى تسجيل خروج حسابك من جميع الأجهزة.
recovery-reset-submit = حفظ كلمة المرور الجديدة
recovery-reset-done = تم تعيين كلمة المرور الجديدة، وتسجيل الخروج من جميع الأجهزة. يُرجى تسجيل الدخول بها الآن.
recovery-link-unusable = لا يمكن استخدام هذا الرابط: { $reason }.
recovery-ask-link = طلب رابط
recovery-ask-new-link = طلب رابط جديد
recovery-new-password = كلمة المرور الجديدة (10 أحرف على الأقل)
recovery-password-again = تأكيد كلمة المرور الجديدة
recovery-passwords-differ = كلمتا المرور غير متطابقتين

# الصفحة التي يفتحها رابط الدعوة (join.rs).
join-title = الانضمام إلى زملائك على Twinning
join-name = اسمك
join-email = البريد الإلكتروني
join-email-hint = هذه الدعوة مخصّصة لهذا العنوان.
join-password = كلمة مرور جديدة (10 أحرف على الأقل)
join-submit = انضمام
join-unknown = رابط الدعوة هذا غير صالح. يُرجى التحقق من نسخ الرابط كاملًا من الرسالة، أو طلب دعوة جديدة.
join-signed-in = سجّلت الدخول بحساب آخر. يُرجى تسجيل الخروج أولًا لقبول هذه الدعوة.
join-fields-need-attention = بعض الحقول بحاجة إلى مراجعة.
join-invites = تدعوك منظمة { $organisation } إلى الانضمام إليها على Twinning بصفة { $role ->
        [org_admin] مسؤول المنظمة
       *[member] عضو
    }. تبقى الدعوة صالحة حتى { $until }.
join-closed = { $state ->
        [used] سبق استخدام هذه الدعوة للانضمام إلى { $organisation }. يُرجى طلب دعوة جديدة من مسؤولي المنظمة.
        [revoked] أُلغيت هذه الدعوة للانضمام إلى { $organisation }. يُرجى طلب دعوة جديدة من مسؤولي المنظمة.
        [expired] انتهت صلاحية هذه الدعوة للانضمام إلى { $organisation }. يُرجى طلب دعوة جديدة من مسؤولي المنظمة.
       *[open] لا تزال هذه الدعوة للانضمام إلى { $organisation } صالحة. يُرجى طلب دعوة جديدة من مسؤولي المنظمة.
    }

# حسابي: بياناتك، وكيف تصلك الإشعارات بالبريد الإلكتروني (account.rs).
account-title = حسابي
account-login = يُرجى تسجيل الدخول لعرض حسابك.
account-name = الاسم
account-email = البريد الإلكتروني
account-organisation = المنظمة
account-role = الدور
account-network-admin = أنت أيضًا من مسؤولي الشبكة.
account-see-notifications = عرض إشعاراتك
account-mail-heading = الإشعارات بالبريد الإلكتروني
account-mail-intro = يعرض الجرس إشعاراتك دائمًا. ويمكنك أن تختار لكل نوع ما إذا كان يصلك أيضًا بالبريد فورًا، أو مجمّعًا في ملخص أسبوعي، أو لا يصلك بالبريد إطلاقًا. لا تظهر هنا إلا الأنواع التي يمكن أن تصلك.
account-mail-always = تُرسل الرسائل المتعلقة بحسابك وأمانه (تأكيد العنوان، وإعادة تعيين كلمة المرور، والدعوات) فورًا في جميع الأحوال.
account-mail-save = حفظ تفضيلات البريد
account-mail-saved = تم الحفظ. من الآن فصاعدًا:
# نوع الإشعار، قبل طريقة وصوله المعتمدة الآن (بخط عريض).
account-mail-saved-kind = { $kind }:

# حسابي: الملف الشخصي (account/profile.rs).
account-profile-heading = ملفك الشخصي
account-profile-name = الاسم
account-profile-email = عنوان البريد الإلكتروني
account-profile-email-hint = يجب تأكيد أي عنوان جديد: نرسل إليه رابطًا، ونُعلم العنوان القديم بذلك.
account-profile-language = اللغة
account-profile-language-hint = لغة هذا الموقع والرسائل التي تصلك.
account-profile-time-zone = المنطقة الزمنية
account-profile-time-zone-hint = تُكتب بها الأوقات في الرسائل والمواعيد النهائية. يمكنك البدء بكتابة اسم مدينة، مثل Asia/Amman.
account-profile-save = حفظ الملف الشخصي
account-profile-saved = تم حفظ ملفك الشخصي.
account-profile-new-address = أرسلنا رابطًا إلى عنوانك الجديد؛ يُرجى فتحه لتأكيد العنوان. وحتى ذلك الحين لا يمكنك الإرسال أو النشر أو التقدّم بطلب أو توجيه الدعوات.

# حسابي: كلمة المرور والأجهزة المسجّل الدخول منها (account/security.rs).
account-password-heading = كلمة المرور
account-password-current = كلمة المرور الحالية
account-password-new = كلمة المرور الجديدة (10 أحرف على الأقل)
account-password-again = تأكيد كلمة المرور الجديدة
account-password-change = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور، وتسجيل الخروج من أجهزتك الأخرى؛ أما هذا الجهاز فيبقى مسجّل الدخول.
account-password-mismatch = كلمتا المرور غير متطابقتين
account-sessions-heading = الأجهزة التي سجّلت الدخول منها
account-sessions-intro = كل جهاز أو متصفح سجّلت الدخول منه. يُرجى تسجيل الخروج من أي جهاز لا تعرفه، وتغيير كلمة المرور.
account-session-this-device = هذا الجهاز
account-session-unknown-browser = متصفح غير معروف
account-session-details = من { $address } · تسجيل الدخول في { $signed_in } · آخر نشاط في { $seen }
account-session-details-no-address = من عنوان غير معروف · تسجيل الدخول في { $signed_in } · آخر نشاط في { $seen }
account-session-sign-out = تسجيل الخروج
account-session-sign-out-question = تسجيل الخروج من هذا الجهاز؟ سيتعيّن تسجيل الدخول عليه مجددًا.
account-session-signed-out = تم تسجيل الخروج من ذلك الجهاز.
account-sign-out-everywhere = تسجيل الخروج من جميع الأجهزة
account-sign-out-everywhere-question = تسجيل الخروج من جميع الأجهزة، بما فيها هذا الجهاز؟

# حسابي: تنزيل بياناتي وحذف حسابي (account_data.rs).
account-data-heading = بياناتك
account-data-export-intro = يمكنك تنزيل كل ما يحتفظ به Twinning عنك في ملف JSON واحد: حسابك، ومنظمتك، وجلساتك، والممارسات الجيدة التي أنشأتها، والإجراءات التي قمت بها، وإشعاراتك، وتفضيلاتك، ودعواتك، ومفاتيح API، والرسائل المرسلة إليك.
account-data-export = تنزيل بياناتي
account-data-preparing = جارٍ تجهيز ملفك…
account-data-ready = ملفك جاهز. إن لم يبدأ تنزيله تلقائيًا، يمكنك حفظه من هنا:
account-data-delete-heading = حذف حسابي
account-data-delete-intro = يُزال حسابك: يُسجَّل خروجك من جميع الأجهزة، وتُحذف إشعاراتك وتفضيلاتك ورسائلك، ويُستبدل اسمك بعبارة «عضو محذوف» أينما ظهر. أما ما كتبته لمنظمتك (ممارساتها الجيدة) فيبقى لها. وإذا كنت آخر مسؤول فيها وكان فيها أعضاء آخرون، فيُرجى تعيين أحدهم مسؤولًا أولًا.
account-data-password = كلمة المرور، للتأكيد
account-data-delete = حذف حسابي
account-data-delete-question = هل تريد حذف حسابك نهائيًا؟ لا يمكن التراجع عن ذلك.
account-data-delete-confirm = نعم، حذف الحساب
account-data-deleted = تم حذف حسابك. شكرًا لك على الوقت الذي منحته للشبكة.
