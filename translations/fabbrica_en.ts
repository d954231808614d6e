<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>fab::cli</name>
    <message numerus="yes">
        <source>%1: invalid (%n problem(s))</source>
        <translation>
            <numerusform>%1: invalid (%n problem)</numerusform><numerusform>%1: invalid (%n problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::localgpu</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform><numerusform>CPU, %n threads</numerusform></translation>
    </message>
</context>
<context>
    <name>fab::widgets::ExperimentsView</name>
    <message numerus="yes">
        <source>“%1” has %n problem(s)</source>
        <translation>
            <numerusform>“%1” has %n problem</numerusform><numerusform>“%1” has %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform><numerusform>%1: %n problems found</numerusform></translation>
    </message>
</context>
</TS>