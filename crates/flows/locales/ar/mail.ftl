# الرسائل باللغة العربية.

## عام

hello = مرحبًا { $name }،
link-until = يعمل هذا الرابط مرة واحدة فقط، وتنتهي صلاحيته في { $until }.
copy-link = أو انسخ هذا العنوان والصقه في متصفحك: { $link }
# لحظة بتوقيت القارئ: «3 ديسمبر 2026، الساعة 15:30 (Asia/Amman)».
datetime = { $day } { $month } { $year }، الساعة { $time } ({ $zone })
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## تأكيد العنوان

verify-subject = أكِّد عنوان بريدك الإلكتروني
verify-lead = يُرجى تأكيد أن هذا العنوان هو عنوانك، حتى تتمكن من تقديم الممارسات وتقديم الطلبات ودعوة زملائك على Twinning.
verify-action = تأكيد عنواني
verify-otherwise = إذا لم تسجّل في Twinning، فتجاهل هذه الرسالة: لن يحدث شيء ما لم يُفتح الرابط.

## إعادة تعيين كلمة المرور

reset-subject = أعِد تعيين كلمة المرور
reset-lead = طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك على Twinning. عند اختيار كلمة مرور جديدة، يُسجَّل خروجك من جميع الأجهزة.
reset-action = اختيار كلمة مرور جديدة
reset-otherwise = إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.

## دعوة

invitation-subject = تدعوك { $organisation } إلى الانضمام إليها على Twinning
invitation-lead = تدعوك { $organisation } إلى الانضمام إليها على Twinning { $role ->
        [org_admin] بصفة مسؤول عن المنظمة
       *[member] بصفة عضو
    }، وهي الشبكة التي تتبادل فيها المنظمات العاملة مع اللاجئين والمهاجرين الممارساتِ الناجحة. هذه الدعوة صالحة لهذا العنوان فقط.
invitation-action = قبول الدعوة
invitation-otherwise = إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة: لن يحدث شيء ما لم يُفتح الرابط.

## تنبيه إلى العنوان القديم

email-changed-subject = تم تغيير عنوان البريد الإلكتروني لحسابك
email-changed-body = في { $when } تم تغيير عنوان البريد الإلكتروني لحسابك على Twinning إلى { $email }. ستصلك الرسائل من الآن فصاعدًا على هذا العنوان.
email-changed-advice = إذا لم تُجرِ هذا التغيير بنفسك، فأعِد تعيين كلمة مرورك وأبلِغ مسؤولي الشبكة.
email-changed-reset = إعادة تعيين كلمة المرور

## الإشعارات، كلٌّ على حدة

notification-open = فتح في Twinning
notification-reason = تصلك هذه الرسالة لأنك اخترت أن تُبلَّغ فورًا بما يلي: { $kind }.
notification-stop = إيقاف هذه الرسائل
kind-practice_submitted = الممارسات المقدَّمة للمراجعة
kind-practice_published = نشر ممارسات منظمتك
kind-practice_rejected = إعادة ممارسات منظمتك للتعديل
kind-member_joined = انضمام أشخاص جدد إلى منظمتك
kind-organisation_reviewed = القرارات المتعلقة بمنظمتك (الموافقة أو الرفض أو التعليق أو إعادة التفعيل)

practice-submitted-title = قُدِّمت الممارسة «{ $title }» للمراجعة
practice-submitted-body = الجهة التي قدّمتها: { $owner }. يمكنك مراجعتها في قائمة الإشراف.
practice-published-title = نُشرت الممارسة «{ $title }»
practice-published-body = أصبحت الآن في الدليل ومتاحة للشبكة بأكملها.
practice-rejected-title = أُعيدت الممارسة «{ $title }» للتعديل
practice-rejected-body = كتب المراجِع: { $reason }
practice-rejected-body-silent = أعادها المراجِع إلى حالة المسودة.
organisation-approved-title = تمت الموافقة على { $organisation }
organisation-approved-body = أصبحت الآن عضوًا في الشبكة: تظهر في الدليل وتُحتسب في الأرقام ويمكنها تقديم الممارسات.
organisation-rejected-title = لم تتم الموافقة على { $organisation }
organisation-rejected-body = كتب أحد مسؤولي الشبكة: { $reason }
organisation-rejected-body-silent = لم يوافق مسؤولو الشبكة عليها ولم يذكروا سببًا.
organisation-suspended-title = تم تعليق { $organisation }
organisation-suspended-body = ستبقى مخفية عن الشبكة إلى أن يعيد أحد مسؤولي الشبكة تفعيلها. السبب المذكور: { $reason }
organisation-suspended-body-silent = ستبقى مخفية عن الشبكة إلى أن يعيد أحد مسؤولي الشبكة تفعيلها. لم يُذكر أي سبب.
organisation-reactivated-title = أُعيد تفعيل { $organisation }
organisation-reactivated-body = أعاد أحد مسؤولي الشبكة تفعيلها: أصبحت تظهر في الدليل من جديد.
member-joined-title = انضم { $person } إلى { $organisation }
member-joined-body = { $role ->
        [org_admin] انضم بصفة مسؤول عن المنظمة.
       *[member] انضم بصفة عضو.
    }

## الملخص الأسبوعي

digest-subject = ملخصك الأسبوعي: { $count ->
        [zero] لا إشعارات
        [one] إشعار واحد
        [two] إشعاران
        [few] { $count } إشعارات
        [many] { $count } إشعارًا
       *[other] { $count } إشعار
    }
digest-intro = إليك ما جرى على Twinning منذ ملخصك الأخير ({ $count ->
        [zero] لا إشعارات
        [one] إشعار واحد
        [two] إشعاران
        [few] { $count } إشعارات
        [many] { $count } إشعارًا
       *[other] { $count } إشعار
    }).
digest-heading = { $kind } ({ $count })
digest-open = فتح
digest-more = … و{ $count ->
        [one] إشعار آخر
        [two] إشعاران آخران
        [few] { $count } إشعارات أخرى
        [many] { $count } إشعارًا آخر
       *[other] { $count } إشعار آخر
    }.
digest-stop-kind = إيقاف الرسائل المتعلقة بهذا النوع
digest-reason = تصلك هذه الرسالة الأسبوعية بناءً على إعدادات الإشعارات لديك.
digest-stop = إيقاف الملخص الأسبوعي
