# إطار كل صفحة: الترويسة والتذييل والأخطاء المشتركة بين الشاشات.
-brand = Twinning

nav-main = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-catalogue = الممارسات الجيدة
nav-members = الأعضاء
nav-my-org = منظمتي
nav-admin = الإدارة
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-account = حسابي
nav-logout = تسجيل الخروج
nav-language = اللغة
skip-to-content = الانتقال إلى المحتوى

footer-licence = { -brand } — برمجيات مفتوحة المصدر (MIT أو Apache-2.0).
footer-api = واجهة البرمجة (API)
footer-feed = موجز النشاط (Atom)

not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ مطبعي.

error-rate-limited = { $seconds ->
    [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى.
    [one] محاولات كثيرة جدًا. يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثوانٍ ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
}
error-fields-need-attention = بعض الحقول بحاجة إلى مراجعة؛ انظر الرسائل أسفل كل منها.
error-unreachable = تعذّر الوصول إلى الخادم: { $detail }

loading = جارٍ التحميل…
login-needed-login = سجّل الدخول
login-needed-or = أو
login-needed-register = سجّل منظمتك.
pager-label = الصفحات
pager-previous = → السابقة
pager-next = التالية ←
pager-position = الصفحة { $page } من { $pages }
confirm-cancel = إلغاء

picker-country-placeholder = اكتب اسم البلد
picker-language-placeholder = اكتب اسم اللغة
picker-remove = إزالة { $name }
picker-no-match = لا توجد نتائج مطابقة
error-summary-title = { $count ->
    [one] توجد مشكلة واحدة
    [two] توجد مشكلتان
    [few] توجد { $count } مشكلات
   *[other] توجد { $count } مشكلة
}
form-required = مطلوب
form-required-legend = الحقول المعلّمة بـ * مطلوبة.
