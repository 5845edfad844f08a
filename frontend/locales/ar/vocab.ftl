# القوائم المغلقة للشبكة، حسب الرمز (crates/domain/src/vocab.rs، notify.rs).
org-kind-ngo = منظمة غير حكومية
org-kind-municipality = بلدية
org-kind-regional_authority = سلطة إقليمية
org-kind-national_authority = سلطة وطنية
org-kind-un_agency = وكالة تابعة للأمم المتحدة
org-kind-international_org = منظمة دولية
org-kind-refugee_led = منظمة يقودها لاجئون
org-kind-faith_based = منظمة دينية
org-kind-university = جامعة
org-kind-private_sector = القطاع الخاص
org-kind-volunteer_initiative = مبادرة تطوعية
org-kind-service_provider = جهة مقدّمة للخدمات

governance-local = محلي
governance-regional = إقليمي
governance-national = وطني
governance-european = أوروبي
governance-international = دولي

context-metropolitan = حاضرة كبرى
context-urban = حضري
context-peri_urban = شبه حضري
context-rural = ريفي

theme-education = التعليم
theme-livelihoods = سبل العيش
theme-health = الصحة
theme-protection = الحماية
theme-housing = السكن
theme-social_cohesion = التماسك الاجتماعي
theme-language = تعلّم اللغة
theme-legal_aid = المساعدة القانونية
theme-volunteering = العمل التطوعي
theme-local_economic_development = التنمية الاقتصادية المحلية
theme-solid_waste = إدارة النفايات الصلبة
theme-resettlement = إعادة التوطين
theme-participation = المشاركة
theme-governance = الحوكمة متعددة المستويات
theme-gender_equality = المساواة بين الجنسين
theme-mental_health = الصحة النفسية والدعم النفسي الاجتماعي

target-group-refugees = اللاجئون
target-group-asylum_seekers = طالبو اللجوء
target-group-migrants = المهاجرون
target-group-internally_displaced = النازحون داخليًا
target-group-host_communities = المجتمعات المضيفة
target-group-women = النساء
target-group-children = الأطفال
target-group-youth = الشباب
target-group-elderly = كبار السن
target-group-unaccompanied_minors = القاصرون غير المصحوبين
target-group-people_with_disabilities = الأشخاص ذوو الإعاقة
target-group-volunteers = المتطوعون
target-group-local_authorities = السلطات المحلية

role-member = عضو
role-org_admin = مسؤول المنظمة

org-status-pending = بانتظار الموافقة
org-status-active = نشطة
org-status-suspended = معلّقة
org-status-rejected = مرفوضة

practice-status-draft = مسودة
practice-status-submitted = مُرسلة للمراجعة
practice-status-published = منشورة
practice-status-archived = مؤرشفة

notification-kind-practice_submitted = أُرسلت ممارسة للمراجعة (لمسؤولي الشبكة)
notification-kind-practice_published = نُشرت إحدى ممارسات منظمتك
notification-kind-practice_rejected = أُعيدت إحدى ممارسات منظمتك للتعديل
notification-kind-member_joined = انضم شخص إلى منظمتك (لمسؤولي المنظمة)
notification-kind-organisation_reviewed = تمت الموافقة على منظمتك أو رفضها أو تعليقها أو إعادة تفعيلها

delivery-immediate = بالبريد فورًا
delivery-weekly = في الملخص الأسبوعي
delivery-never = ليس بالبريد (الجرس فقط)
