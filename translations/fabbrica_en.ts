<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>fab::AllocationForecast</name>
    <message numerus="yes">
        <source>No forecast yet: it needs at least two readings of the usage within %n day(s), and there %1. Refresh again later.</source>
        <translation>
            <numerusform>No forecast yet: it needs at least two readings of the usage within %n day, and there %1. Refresh again later.</numerusform>
            <numerusform>No forecast yet: it needs at least two readings of the usage within %n days, and there %1. Refresh again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. Refresh again later.</source>
        <translation>
            <numerusform>No forecast yet: the readings are only %n minute apart, too close to tell a pace. Refresh again later.</numerusform>
            <numerusform>No forecast yet: the readings are only %n minutes apart, too close to tell a pace. Refresh again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No use in the last %n day(s): at this pace it does not run out.</source>
        <translation>
            <numerusform>No use in the last %n day: at this pace it does not run out.</numerusform>
            <numerusform>No use in the last %n days: at this pace it does not run out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::AllocationFormat</name>
    <message numerus="yes">
        <source>%n line(s) of %1 output could not be read; what could not be read is shown as unknown.</source>
        <translation>
            <numerusform>%n line of %1 output could not be read; what could not be read is shown as unknown.</numerusform>
            <numerusform>%n lines of %1 output could not be read; what could not be read is shown as unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::OpenSshKeys</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
    <name>fab::SlurmScheduler</name>
    <message numerus="yes">
        <source>The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.</source>
        <translation>
            <numerusform>The link dropped %n time while %1 was uploaded; the upload went on where it stopped.</numerusform>
            <numerusform>The link dropped %n times while %1 was uploaded; the upload went on where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n of %1 arrays were submitted</source>
        <translation>
            <numerusform>cancelled after %n of %1 arrays were submitted</numerusform>
            <numerusform>cancelled after %n of %1 arrays were submitted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::app::MainWindow</name>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Submitted as job %1 (%n task); files in %2</numerusform>
            <numerusform>Submitted as job %1 (%n tasks); files in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n data file</numerusform>
            <numerusform>%n data files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop added: %n experiment(s) in %1</source>
        <translation>
            <numerusform>Workshop added: %n experiment in %1</numerusform>
            <numerusform>Workshop added: %n experiments in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fabbrica looked up %n submission(s) to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</source>
        <translation>
            <numerusform>Fabbrica looked up %n submission to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</numerusform>
            <numerusform>Fabbrica looked up %n submissions to %1 that had been interrupted (the connection dropped, or Fabbrica stopped, while it was being sent). Nothing was submitted twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::cli</name>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1: invalid (%n problem)</numerusform>
            <numerusform>%1: invalid (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fabbrica metrics: %n line(s) could not be read</source>
        <translation>
            <numerusform>fabbrica metrics: %n line could not be read</numerusform>
            <numerusform>fabbrica metrics: %n lines could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the scheduler's answer could not be read</source>
        <translation>
            <numerusform>note: %n line of the scheduler's answer could not be read</numerusform>
            <numerusform>note: %n lines of the scheduler's answer could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in %1</source>
        <translation>
            <numerusform>%n task in %1</numerusform>
            <numerusform>%n tasks in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: the parameter table %1 (%n task(s)) is uploaded beside the script</source>
        <translation>
            <numerusform>note: the parameter table %1 (%n task) is uploaded beside the script</numerusform>
            <numerusform>note: the parameter table %1 (%n tasks) is uploaded beside the script</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Experiment: %1 (%n file(s))</source>
        <translation>
            <numerusform>Experiment: %1 (%n file)</numerusform>
            <numerusform>Experiment: %1 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Device</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform>
            <numerusform>, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::localgpu::Weights</name>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>skipped %n tied head / attention mask buffer</numerusform>
            <numerusform>skipped %n tied head / attention mask buffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>wrong passphrase for %1 (%n attempt)</numerusform>
            <numerusform>wrong passphrase for %1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>the server refused the answers given (%n attempt)</numerusform>
            <numerusform>the server refused the answers given (%n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>wrong password for %1 (%n attempt)</numerusform>
            <numerusform>wrong password for %1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>password (wrong password, %n attempt)</numerusform>
            <numerusform>password (wrong password, %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>%n problem to fix first: see the list under the form. The batch script appears once the experiment is valid.</numerusform>
            <numerusform>%n problems to fix first: see the list under the form. The batch script appears once the experiment is valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>This experiment has %n problem. It can be saved, but not submitted until they are fixed.</numerusform>
            <numerusform>This experiment has %n problems. It can be saved, but not submitted until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n job shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</numerusform>
            <numerusform>%n jobs shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::LocalRunsView</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n run, %1 points</numerusform>
            <numerusform>%n runs, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) that are not metrics were skipped</source>
        <translation>
            <numerusform>%1: %n line that are not metrics were skipped</numerusform>
            <numerusform>%1: %n lines that are not metrics were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fab::widgets::ScaleUpDialog</name>
    <message numerus="yes">
        <source>Uploaded into the job's folder (%n file(s), %1):
</source>
        <translation>
            <numerusform>Uploaded into the job's folder (%n file, %1):
</numerusform>
            <numerusform>Uploaded into the job's folder (%n files, %1):
</numerusform>
        </translation>
    </message>
</context>
</TS>