<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PasteBlock</name>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last ad group shown and were left out.</source>
        <translation>
            <numerusform>%n pasted row went past the last ad group shown and was left out.</numerusform>
            <numerusform>%n pasted rows went past the last ad group shown and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportPlan</name>
    <message numerus="yes">
        <source>%n campaign(s) are named &quot;%1&quot;; give the Campaign ID instead.</source>
        <translation>
            <numerusform>%n campaign is named &quot;%1&quot;; give the Campaign ID instead.</numerusform>
            <numerusform>%n campaigns are named &quot;%1&quot;; give the Campaign ID instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetingDescriber</name>
    <message numerus="yes">
        <source>Shopping retargeting: people who engaged in the last %n day(s)</source>
        <translation>
            <numerusform>Shopping retargeting: people who engaged in the last %n day</numerusform>
            <numerusform>Shopping retargeting: people who engaged in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, except the last %n day(s)</source>
        <translation>
            <numerusform>, except the last %n day</numerusform>
            <numerusform>, except the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupBrowser</name>
    <message numerus="yes">
        <source>%n ad group(s) loaded.</source>
        <translation>
            <numerusform>%n ad group loaded.</numerusform>
            <numerusform>%n ad groups loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n ad group(s) shown.</source>
        <translation>
            <numerusform>Loading cancelled; %n ad group shown.</numerusform>
            <numerusform>Loading cancelled; %n ad groups shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupDetailsPanel</name>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — trying ad group %1 again in %n s</source>
        <translation>
            <numerusform>Waiting for Pinterest&apos;s rate limit — trying ad group %1 again in %n s</numerusform>
            <numerusform>Waiting for Pinterest&apos;s rate limit — trying ad group %1 again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupEditorDialog</name>
    <message numerus="yes">
        <source>Duplicate %n ad groups</source>
        <translation>
            <numerusform>Duplicate %n ad group</numerusform>
            <numerusform>Duplicate %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>Edit %n ad group</numerusform>
            <numerusform>Edit %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first, e.g.: %1</source>
        <translation>
            <numerusform>%n problem to fix first, e.g.: %1</numerusform>
            <numerusform>%n problems to fix first, e.g.: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s) will be added to the pending changes.</source>
        <translation>
            <numerusform>%n field change will be added to the pending changes.</numerusform>
            <numerusform>%n field changes will be added to the pending changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupFilterBar</name>
    <message numerus="yes">
        <source>%Ln ad group(s)</source>
        <translation>
            <numerusform>%Ln ad group</numerusform>
            <numerusform>%Ln ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ad group(s)</source>
        <translation>
            <numerusform>%1 of %Ln ad group</numerusform>
            <numerusform>%1 of %Ln ad groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupForm</name>
    <message numerus="yes">
        <source>Create %n ad groups</source>
        <translation>
            <numerusform>Create %n ad group</numerusform>
            <numerusform>Create %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>Edit %n ad group</numerusform>
            <numerusform>Edit %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ad group(s): %2</source>
        <translation>
            <numerusform>%1 of %n ad group: %2</numerusform>
            <numerusform>%1 of %n ad groups: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupRules</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQuery</name>
    <message numerus="yes">
        <source>Hourly data goes back at most %n day(s) (to %1, UTC).</source>
        <translation>
            <numerusform>Hourly data goes back at most %n day (to %1, UTC).</numerusform>
            <numerusform>Hourly data goes back at most %n days (to %1, UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinterest keeps analytics for %n day(s): the start date can be %1 (UTC) at the earliest.</source>
        <translation>
            <numerusform>Pinterest keeps analytics for %n day: the start date can be %1 (UTC) at the earliest.</numerusform>
            <numerusform>Pinterest keeps analytics for %n days: the start date can be %1 (UTC) at the earliest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An hourly report can span at most %n day(s).</source>
        <translation>
            <numerusform>An hourly report can span at most %n day.</numerusform>
            <numerusform>An hourly report can span at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A report can span at most %n day(s) (this range has %1).</source>
        <translation>
            <numerusform>A report can span at most %n day (this range has %1).</numerusform>
            <numerusform>A report can span at most %n days (this range has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQueryBar</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCalculatorDialog</name>
    <message numerus="yes">
        <source>%n row(s); press Check Floors to ask Pinterest.</source>
        <translation>
            <numerusform>%n row; press Check Floors to ask Pinterest.</numerusform>
            <numerusform>%n rows; press Check Floors to ask Pinterest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCheckDialog</name>
    <message numerus="yes">
        <source>Bid Floors of %n Ad Group(s)</source>
        <translation>
            <numerusform>Bid Floors of %n Ad Group</numerusform>
            <numerusform>Bid Floors of %n Ad Groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) bid under the floor and will not be delivered.</source>
        <translation>
            <numerusform>%n ad group bid under the floor and will not be delivered.</numerusform>
            <numerusform>%n ad groups bid under the floor and will not be delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditDialog</name>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n ad group</numerusform>
            <numerusform>%n ad groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditPlan</name>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n ad group</numerusform>
            <numerusform>%n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>end %1%n day(s)</source>
        <translation>
            <numerusform>end %1%n day</numerusform>
            <numerusform>end %1%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::CellValueDelegate</name>
    <message numerus="yes">
        <source>Amount in %1, with up to %n decimal(s); empty for none</source>
        <translation>
            <numerusform>Amount in %1, with up to %n decimal; empty for none</numerusform>
            <numerusform>Amount in %1, with up to %n decimals; empty for none</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::FindingsDialog</name>
    <message numerus="yes">
        <source>&quot;Raise to Floor&quot; sets %n bid(s) to Pinterest&apos;s floor as pending changes, then checks and posts again.</source>
        <translation>
            <numerusform>&quot;Raise to Floor&quot; sets %n bid to Pinterest&apos;s floor as pending changes, then checks and posts again.</numerusform>
            <numerusform>&quot;Raise to Floor&quot; sets %n bids to Pinterest&apos;s floor as pending changes, then checks and posts again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to Pinterest&apos;s floor as pending changes (one undo step), then check and post</source>
        <translation>
            <numerusform>Raise %n bid to Pinterest&apos;s floor as pending changes (one undo step), then check and post</numerusform>
            <numerusform>Raise %n bids to Pinterest&apos;s floor as pending changes (one undo step), then check and post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post all but the &amp;flagged (%n)</source>
        <translation>
            <numerusform>Post all but the &amp;flagged (%n)</numerusform>
            <numerusform>Post all but the &amp;flagged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cannot be posted until fixed; they stay in the list with the reason.</source>
        <translation>
            <numerusform>%n change cannot be posted until fixed; it stays in the list with the reason.</numerusform>
            <numerusform>%n changes cannot be posted until fixed; they stay in the list with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) can be posted.</source>
        <translation>
            <numerusform>The other %n change can be posted.</numerusform>
            <numerusform>The other %n changes can be posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::GridEditController</name>
    <message numerus="yes">
        <source>Set %1 of %n ad group(s)</source>
        <translation>
            <numerusform>Set %1 of %n ad group</numerusform>
            <numerusform>Set %1 of %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set in %n ad group(s).</source>
        <translation>
            <numerusform>%1 set in %n ad group.</numerusform>
            <numerusform>%1 set in %n ad groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) not changed:</source>
        <translation>
            <numerusform>%n ad group not changed:</numerusform>
            <numerusform>%n ad groups not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n ad group(s)</source>
        <translation>
            <numerusform>Paste into %n ad group</numerusform>
            <numerusform>Paste into %n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted into %n ad group(s).</source>
        <translation>
            <numerusform>Pasted into %n ad group.</numerusform>
            <numerusform>Pasted into %n ad groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not pasted, nothing of them applied.</source>
        <translation>
            <numerusform>%n row not pasted, nothing of it applied.</numerusform>
            <numerusform>%n rows not pasted, nothing of them applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) to update</source>
        <translation>
            <numerusform>%n ad group to update</numerusform>
            <numerusform>%n ad groups to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ad group(s)</source>
        <translation>
            <numerusform>%n new ad group</numerusform>
            <numerusform>%n new ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (not imported)</source>
        <translation>
            <numerusform>%n row with errors (not imported)</numerusform>
            <numerusform>%n rows with errors (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s) from %1</source>
        <translation>
            <numerusform>Import %n row from %1</numerusform>
            <numerusform>Import %n rows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::JournalView</name>
    <message numerus="yes">
        <source>%n posted change(s)</source>
        <translation>
            <numerusform>%n posted change</numerusform>
            <numerusform>%n posted changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::LoadStatusBar</name>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Waiting for Pinterest&apos;s rate limit — resumes in %n s</numerusform>
            <numerusform>Waiting for Pinterest&apos;s rate limit — resumes in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad group(s) loaded</source>
        <translation>
            <numerusform>%Ln ad group loaded</numerusform>
            <numerusform>%Ln ad groups loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::OptimizationGoalEditor</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PendingChangesPanel</name>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>%n change to %1</numerusform>
            <numerusform>%n changes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n ad group</numerusform>
            <numerusform>%n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome</source>
        <translation>
            <numerusform>%n with unknown outcome</numerusform>
            <numerusform>%n with unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Discard %n change</numerusform>
            <numerusform>Discard %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending changes? You can undo this.</source>
        <translation>
            <numerusform>Discard all %n pending changes? You can undo this.</numerusform>
            <numerusform>Discard all %n pending changes? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PerformanceChartPanel</name>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Some ad groups are missing: %n part did not load (%1). What arrived is shown.</numerusform>
            <numerusform>Some ad groups are missing: %n parts did not load (%1). What arrived is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PostFlow</name>
    <message numerus="yes">
        <source>%n change(s) were sent without an answer from Pinterest</source>
        <translation>
            <numerusform>%n change was sent without an answer from Pinterest</numerusform>
            <numerusform>%n changes were sent without an answer from Pinterest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (pending again)</source>
        <translation>
            <numerusform>%n not applied (pending again)</numerusform>
            <numerusform>%n not applied (pending again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict with Pinterest</source>
        <translation>
            <numerusform>%n in conflict with Pinterest</numerusform>
            <numerusform>%n in conflict with Pinterest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown</source>
        <translation>
            <numerusform>%n still unknown</numerusform>
            <numerusform>%n still unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>Raise %n bid to the floor</numerusform>
            <numerusform>Raise %n bids to the floor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Waiting for Pinterest&apos;s rate limit — resumes in %n s</numerusform>
            <numerusform>Waiting for Pinterest&apos;s rate limit — resumes in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n change(s) whose answer was lost with Pinterest…</source>
        <translation>
            <numerusform>Checking %n change whose answer was lost with Pinterest…</numerusform>
            <numerusform>Checking %n changes whose answer was lost with Pinterest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because of a problem found before sending</source>
        <translation>
            <numerusform>%n not sent because of a problem found before sending</numerusform>
            <numerusform>%n not sent because of a problem found before sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied after a lost answer (still pending)</source>
        <translation>
            <numerusform>%n not applied after a lost answer (still pending)</numerusform>
            <numerusform>%n not applied after a lost answer (still pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n ad group</numerusform>
            <numerusform>%n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n batch(es) of up to 30 ad groups…</source>
        <translation>
            <numerusform>Sent %1 of %n batch of up to 30 ad groups…</numerusform>
            <numerusform>Sent %1 of %n batches of up to 30 ad groups…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome (checked before the next post)</source>
        <translation>
            <numerusform>%n with unknown outcome (checked before the next post)</numerusform>
            <numerusform>%n with unknown outcome (checked before the next post)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PostReviewDialog</name>
    <message numerus="yes">
        <source>Send %n change(s) to %1 to Pinterest?</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>Send %n change to %1 to Pinterest?</numerusform>
            <numerusform>Send %n changes to %1 to Pinterest?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n ad group</numerusform>
            <numerusform>%n ad groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t ask again for small posts (up to %n change(s))</source>
        <translation>
            <numerusform>&amp;Don&apos;t ask again for small posts (up to %n change)</numerusform>
            <numerusform>&amp;Don&apos;t ask again for small posts (up to %n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::SheetCommands</name>
    <message numerus="yes">
        <source>%n change(s) imported as pending — post them to apply.</source>
        <translation>
            <numerusform>%n change imported as pending — post them to apply.</numerusform>
            <numerusform>%n changes imported as pending — post them to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ad group(s) for editing to %1.</source>
        <translation>
            <numerusform>Exported %n ad group for editing to %1.</numerusform>
            <numerusform>Exported %n ad groups for editing to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ShoppingRetargetingEditor</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingBreakdownPanel</name>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Some ad groups are missing: %n part did not load (%1). What arrived is shown.</numerusform>
            <numerusform>Some ad groups are missing: %n parts did not load (%1). What arrived is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenHealth</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::WorkspaceController</name>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>Raise %n bid to the floor</numerusform>
            <numerusform>Raise %n bids to the floor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) raised to the floor as pending changes; post to send them.</source>
        <translation>
            <numerusform>%n bid raised to the floor as pending changes; post to send them.</numerusform>
            <numerusform>%n bids raised to the floor as pending changes; post to send them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::paramcheck</name>
    <message numerus="yes">
        <source>%1: at most %n value(s) (got %2).</source>
        <translation>
            <numerusform>%1: at most %n value (got %2).</numerusform>
            <numerusform>%1: at most %n values (got %2).</numerusform>
        </translation>
    </message>
</context>
</TS>
