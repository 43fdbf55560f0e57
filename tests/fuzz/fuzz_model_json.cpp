// libFuzzer target: the fromJson/toJson pairs of the objects Pinterest sends and Pinstripe
// stores, and the checks every answer passes before it is read (AnswerCheck). The first byte
// picks the type, the rest is the JSON text.

#include "core/api/answercheck.h"
#include "core/changes/pendingchange.h"
#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/adgroupbatchresult.h"
#include "core/model/campaign.h"
#include "core/model/targetingspec.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace pinstripe;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The raw scan takes any bytes, JSON or not.
    const QByteArray text = fuzz::payload(data, size);
    (void)answercheck::rawProblem(text);
    bool ok = false;
    const QJsonObject object = fuzz::toObject(text, &ok);
    if (!ok)
        return 0;
    // An object that passes the member checks has the id everything else relies on.
    const auto checked = [&object](AnswerKind kind) {
        if (answercheck::problemIn(object, kind).isEmpty())
            FUZZ_CHECK(object.value(QLatin1String("id")).isString());
    };
    switch (data[0] % 6) {
    case 0:
        checked(AnswerKind::AdAccount);
        FUZZ_ROUND_TRIP(AdAccount, object);
        break;
    case 1:
        checked(AnswerKind::Campaign);
        FUZZ_ROUND_TRIP(Campaign, object);
        break;
    case 2: {
        checked(AnswerKind::AdGroup);
        FUZZ_ROUND_TRIP(AdGroup, object);
        // What the editors compare: an ad group read back from its own JSON differs in nothing,
        // so posting it unchanged sends no update.
        const AdGroup group = AdGroup::fromJson(AdGroup::fromJson(object).toJson());
        const AdGroup again = AdGroup::fromJson(group.toJson());
        FUZZ_CHECK(AdGroup::differingKeys(group, again).isEmpty());
        FUZZ_CHECK(AdGroup::updateBody(group, again).size() <= 1); // at most the id
        break;
    }
    case 3:
        FUZZ_ROUND_TRIP(TargetingSpec, object);
        break;
    case 4:
        FUZZ_ROUND_TRIP(AdGroupBatchResult, object);
        break;
    case 5:
        FUZZ_ROUND_TRIP(PendingChange, object);
        break;
    }
    return 0;
}
