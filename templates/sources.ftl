<#ftl output_format="HTML" strip_whitespace=true>
<#-- sources.html: the publications the documents come from, with counts. Model: sources (list). -->
<#import "layout.ftl" as layout>
<@layout.page title="Sources" current="sources" description="The publications the documents of this edition come from.">
<h1>Sources</h1>
<p class="lede">The documents of this edition come from ${sources?size} publication<#if sources?size != 1>s</#if>. Every document page names its source, its printed or archival citation, and the seed file and lines it was read from.</p>
<#list sources as s>
<section class="source" aria-labelledby="${s.anchor}">
<h2 id="${s.anchor}"><a href="sources/${s.id}.html">${s.title}</a></h2>
<dl class="doc-meta">
<div><dt>Kind</dt><dd>${s.kind}</dd></div>
<div><dt>In this edition</dt><dd>${s.countLabel}<#if s.numbered gt 0>, ${s.numbered} with the source's own number</#if><#if s.withoutText gt 0>; ${s.withoutText} listed without text</#if></dd></div>
<#if s.first?has_content>
<div><dt>Dates</dt><dd><#if s.first == s.last>${s.first}<#else>${s.first} to ${s.last}</#if></dd></div>
</#if>
</dl>
</section>
</#list>
<p><a href="chronology.html">All documents in date order</a> · <a href="archives.html">Archives and newspapers</a> · <a href="persons.html">Persons</a></p>
</@layout.page>
