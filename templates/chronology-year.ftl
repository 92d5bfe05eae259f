<#ftl output_format="HTML" strip_whitespace=true>
<#--
  chronology/<year>.html and chronology/undated.html: one year of a large edition's chronology
  (see chronology.ftl), by month. Model: chronology.year (year, anchor, countLabel, yearOnly,
  months, monthChart), chronology.previous and chronology.next (label, url; null at either end).
-->
<#import "layout.ftl" as layout>
<#import "timeline.ftl" as t>
<#assign c = chronology>
<#assign y = c.year>
<#macro pager label>
<nav class="pager" aria-label="${label}">
<#if c.previous??><a rel="prev" href="${c.previous.url}">← ${c.previous.label}</a></#if>
<a href="${root}chronology.html">All years</a>
<#if c.next??><a rel="next" href="${c.next.url}">${c.next.label} →</a></#if>
</nav>
</#macro>
<@layout.page title="Chronology: ${y.year}" current="chronology" description="${y.countLabel?cap_first} of the edition from ${y.year}, in date order by month.">
<h1 id="${y.anchor}">Chronology: ${y.year} <span class="count">${y.countLabel}</span></h1>
<@pager label="Years"/>
<@t.period y=y monthLevel=2/>
<@pager label="Years, again"/>
</@layout.page>
