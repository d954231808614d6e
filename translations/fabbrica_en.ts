<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>fab::OpenSshKeys</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::app::MainWindow</name>
    <message numerus="yes">
        <source>Submitted as job %1 (%n task(s)); files in %2</source>
        <translation>
            <numerusform>Submitted as job %1 (%n task); files in %2</numerusform><numerusform>Submitted as job %1 (%n tasks); files in %2</numerusform></translation>
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
</context>
<context>
    <name>fab::localgpu</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n tied head / attention mask buffer(s)</source>
        <translation>
            <numerusform>skipped %n tied head / attention mask buffer</numerusform><numerusform>skipped %n tied head / attention mask buffers</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::localgpu::TrainingRun</name>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform><numerusform>, %n threads</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::remote::Auth</name>
    <message numerus="yes">
        <source>wrong passphrase for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>wrong passphrase for %1 (%n attempt)</numerusform><numerusform>wrong passphrase for %1 (%n attempts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server refused the answers given (%n attempt(s))</source>
        <translation>
            <numerusform>the server refused the answers given (%n attempt)</numerusform><numerusform>the server refused the answers given (%n attempts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>wrong password for %1 (%n attempt(s))</source>
        <translation>
            <numerusform>wrong password for %1 (%n attempt)</numerusform><numerusform>wrong password for %1 (%n attempts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>password (wrong password, %n attempt(s))</source>
        <translation>
            <numerusform>password (wrong password, %n attempt)</numerusform><numerusform>password (wrong password, %n attempts)</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentEditor</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform><numerusform>%1: %n problems found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first: see the list under the form. The batch script appears once the experiment is valid.</source>
        <translation>
            <numerusform>%n problem to fix first: see the list under the form. The batch script appears once the experiment is valid.</numerusform><numerusform>%n problems to fix first: see the list under the form. The batch script appears once the experiment is valid.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n problem(s). It can be saved, but not submitted until they are fixed.</source>
        <translation>
            <numerusform>This experiment has %n problem. It can be saved, but not submitted until they are fixed.</numerusform><numerusform>This experiment has %n problems. It can be saved, but not submitted until they are fixed.</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::widgets::JobsView</name>
    <message numerus="yes">
        <source>%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</source>
        <translation>
            <numerusform>%n job shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</numerusform><numerusform>%n jobs shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::widgets::MetricsView</name>
    <message numerus="yes">
        <source>%n run(s), %1 points</source>
        <translation>
            <numerusform>%n run, %1 points</numerusform><numerusform>%n runs, %1 points</numerusform></translation>
    </message>
</context>
</TS>