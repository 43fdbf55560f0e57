#include "ui/targeting/agerangeeditor.h"

#include "core/model/enums.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pinstripe {

namespace {
constexpr int kYoungest = 18;
constexpr int kOldest = 65;
const QLatin1String kOpenEnd("65+");

/** The ages a legacy bucket spans: "25-34" → 25, "34"; "21+" → 21, "65+". */
std::pair<int, QString> bucketRange(const QString &bucket)
{
    if (bucket.endsWith(QLatin1Char('+')))
        return {bucket.chopped(1).toInt(), QString(kOpenEnd)};
    const qsizetype dash = bucket.indexOf(QLatin1Char('-'));
    return {bucket.left(dash).toInt(), bucket.mid(dash + 1)};
}

int maximumAsNumber(const QString &maximum)
{
    return maximum == kOpenEnd ? kOldest + 1 : maximum.toInt();
}
} // namespace

AgeRangeEditor::AgeRangeEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_minimum = new QComboBox(this);
    m_minimum->setObjectName(QStringLiteral("minimumAge"));
    m_maximum = new QComboBox(this);
    m_maximum->setObjectName(QStringLiteral("maximumAge"));
    m_minimum->addItem(tr("Any"), QString());
    m_maximum->addItem(tr("Any"), QString());
    for (int age = kYoungest; age <= kOldest; ++age) {
        m_minimum->addItem(QString::number(age), QString::number(age));
        m_maximum->addItem(QString::number(age), QString::number(age));
    }
    m_maximum->addItem(QString(kOpenEnd), QString(kOpenEnd));
    m_minimum->setAccessibleName(tr("Minimum age"));
    m_maximum->setAccessibleName(tr("Maximum age"));
    m_minimum->setToolTip(tr("Youngest age reached (MINIMUM_AGE), 18 to 65."));
    m_maximum->setToolTip(tr("Oldest age reached (MAXIMUM_AGE), 18 to 65, or 65+ for no upper limit."));

    m_legacy = new QFrame(this);
    m_legacy->setObjectName(QStringLiteral("legacyAgeBuckets"));
    m_legacy->setFrameShape(QFrame::StyledPanel);
    m_legacyText = new QLabel(m_legacy);
    m_legacyText->setWordWrap(true);
    m_convert = new QPushButton(tr("&Convert to min/max age"), m_legacy);
    m_convert->setObjectName(QStringLiteral("convertAgeBuckets"));
    m_convert->setToolTip(tr("Replaces the legacy age groups by the age range they span."));
    auto *legacyLayout = new QHBoxLayout(m_legacy);
    legacyLayout->addWidget(m_legacyText, 1);
    legacyLayout->addWidget(m_convert);
    m_legacy->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Mi&nimum age:"), m_minimum);
    form->addRow(tr("Ma&ximum age:"), m_maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_legacy);
    layout->addWidget(problemLabel());

    connect(m_minimum, &QComboBox::activated, this, &AgeRangeEditor::onMinimumChosen);
    connect(m_maximum, &QComboBox::activated, this, &AgeRangeEditor::onMaximumChosen);
    connect(m_minimum, &QComboBox::currentIndexChanged, this, &AgeRangeEditor::notifyChanged);
    connect(m_maximum, &QComboBox::currentIndexChanged, this, &AgeRangeEditor::notifyChanged);
    connect(m_convert, &QPushButton::clicked, this, &AgeRangeEditor::convertLegacyBuckets);
}

AgeRangeEditor::~AgeRangeEditor() = default;

QStringList AgeRangeEditor::keys() const
{
    return {QStringLiteral("MINIMUM_AGE"), QStringLiteral("MAXIMUM_AGE"), QStringLiteral("AGE_BUCKET")};
}

void AgeRangeEditor::select(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) { // an age outside the list is shown (and flagged) rather than dropped
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString AgeRangeEditor::value(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QString AgeRangeEditor::minimumAge() const
{
    return value(m_minimum);
}

QString AgeRangeEditor::maximumAge() const
{
    return value(m_maximum);
}

void AgeRangeEditor::setRange(const QString &minimum, const QString &maximum)
{
    select(m_minimum, minimum);
    select(m_maximum, maximum);
}

void AgeRangeEditor::onMinimumChosen()
{
    // Pinterest needs both ends; "from 25" with no maximum means "25 and over".
    if (!minimumAge().isEmpty() && maximumAge().isEmpty())
        select(m_maximum, QString(kOpenEnd));
    else if (minimumAge().isEmpty())
        select(m_maximum, QString());
}

void AgeRangeEditor::onMaximumChosen()
{
    if (!maximumAge().isEmpty() && minimumAge().isEmpty())
        select(m_minimum, QString::number(kYoungest));
    else if (maximumAge().isEmpty())
        select(m_minimum, QString());
}

void AgeRangeEditor::convertLegacyBuckets()
{
    if (m_buckets.isEmpty())
        return;
    int youngest = kOldest + 1;
    QString oldest;
    for (const QString &bucket : std::as_const(m_buckets)) {
        const auto [from, to] = bucketRange(bucket);
        youngest = qMin(youngest, from);
        if (oldest.isEmpty() || maximumAsNumber(to) > maximumAsNumber(oldest))
            oldest = to;
    }
    m_buckets.clear();
    updateLegacyNote();
    setRange(QString::number(qBound(kYoungest, youngest, kOldest)), oldest);
    notifyChanged();
}

void AgeRangeEditor::updateLegacyNote()
{
    m_legacy->setVisible(!m_buckets.isEmpty());
    m_legacyText->setText(tr("Legacy age groups (AGE_BUCKET): %1. Pinterest prefers a minimum and maximum age.")
                              .arg(m_buckets.join(QLatin1String(", "))));
    // The buckets and a range cannot be combined, so the range waits for the conversion.
    const bool editable = m_buckets.isEmpty();
    m_minimum->setEnabled(editable);
    m_maximum->setEnabled(editable);
}

void AgeRangeEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loadedMinimum = spec.minimumAge;
    m_loadedMaximum = spec.maximumAge;
    m_loadedBuckets = spec.ageBucket;
    setRange(m_loadedMinimum.valueOr({}), m_loadedMaximum.valueOr({}));
    m_loadedMinimumView = minimumAge();
    m_loadedMaximumView = maximumAge();
    m_buckets = m_loadedBuckets.valueOr({});
    updateLegacyNote();
}

void AgeRangeEditor::store(TargetingSpec &spec) const
{
    const QString minimum = minimumAge();
    const QString maximum = maximumAge();
    spec.minimumAge = minimum == m_loadedMinimumView ? m_loadedMinimum
                      : minimum.isEmpty()            ? Field<QString>()
                                                     : Field<QString>(minimum);
    spec.maximumAge = maximum == m_loadedMaximumView ? m_loadedMaximum
                      : maximum.isEmpty()            ? Field<QString>()
                                                     : Field<QString>(maximum);
    spec.ageBucket = m_buckets.isEmpty() && !m_loadedBuckets.valueOr({}).isEmpty() ? Field<QStringList>()
                                                                                 : m_loadedBuckets;
}

QStringList AgeRangeEditor::problems() const
{
    QStringList list;
    const QString minimum = minimumAge();
    const QString maximum = maximumAge();
    for (const QString &bucket : m_buckets) {
        if (!enums::isAgeBucket(bucket))
            list << tr("\"%1\" is not one of Pinterest's age groups.").arg(bucket);
    }
    if (!m_buckets.isEmpty() && (!minimum.isEmpty() || !maximum.isEmpty()))
        list << tr("Legacy age groups cannot be combined with a minimum or maximum age; convert them first.");
    if (minimum.isEmpty() != maximum.isEmpty()) {
        list << tr("Set both a minimum and a maximum age, or neither.");
        return list;
    }
    if (minimum.isEmpty())
        return list;
    const int min = minimum.toInt();
    const bool minOk = isDigits(minimum) && min >= kYoungest && min <= kOldest;
    const bool maxOk = maximum == kOpenEnd
        || (isDigits(maximum) && maximum.toInt() >= kYoungest && maximum.toInt() <= kOldest);
    if (!minOk)
        list << tr("The minimum age must be from 18 to 65, not \"%1\".").arg(minimum);
    if (!maxOk)
        list << tr("The maximum age must be from 18 to 65, or 65+, not \"%1\".").arg(maximum);
    if (minOk && maxOk && min > maximumAsNumber(maximum))
        list << tr("The minimum age (%1) is above the maximum age (%2).").arg(minimum, maximum);
    return list;
}

} // namespace pinstripe
