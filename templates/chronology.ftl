<#ftl output_format="HTML" strip_whitespace=true>
<#--
  chronology.html: every document and entry in date order, by year (h2) and month (h3); within a
  period, documents dated only to that month or year come first and are labelled; undated last.
  A large edition (chronology.year.pages.above in jbake.properties, default 1000 documents) has a
  page per year instead (chronology-year.ftl), and this page is their index: the timeline and the
  years with their counts (chronology.byYear).
-->
<#import "layout.ftl" as layout>
<#import "timeline.ftl" as t>
<#assign c = chronology>
<@layout.page title="Chronology" current="chronology" description="All ${c.total} documents and entries of the edition in date order, by year and month.">
<h1>Chronology</h1>
<#if c.byYear>
<p class="lede">All ${c.total} documents and entries in date order, one page per year, grouped by month. Documents dated only to a month or a year come first in their period and are labelled “month only” or “year only”<#if c.undatedCount gt 0>; undated entries have a page of their own</#if>.</p>
<#else>
<p class="lede">All ${c.total} documents and entries in date order, grouped by year and month. Documents dated only to a month or a year come first in their period and are labelled “month only” or “year only”<#if c.undatedCount gt 0>; undated entries are listed at the end</#if>.</p>
</#if>
<#if c.years?has_content>
<figure class="timeline">
<figcaption id="timeline-caption">Documents per year</figcaption>
<@t.bars chart=c.yearChart class="chart-years"/>
<ul class="timeline-list" aria-labelledby="timeline-caption">
<#list c.years as y>
<li><a href="${y.url}">${y.year}</a> <span class="muted">${y.count}</span></li>
</#list>
<#if c.undatedCount gt 0>
<li><a href="${c.undatedUrl}">Undated</a> <span class="muted">${c.undatedCount}</span></li>
</#if>
</ul>
</figure>
<#elseif c.byYear && c.undatedCount gt 0>
<p><a href="${c.undatedUrl}">Undated entries</a> <span class="muted">${c.undatedCount}</span></p>
</#if>
<#if !c.byYear>
<#list c.years as y>
<section class="period" aria-labelledby="${y.anchor}">
<h2 id="${y.anchor}">${y.year} <span class="count">${y.countLabel}</span></h2>
<@t.period y=y/>
</section>
</#list>
<#if c.undated?has_content>
<section class="period" aria-labelledby="undated">
<h2 id="undated">Undated <span class="count">${c.undated?size}</span></h2>
<ul class="entries">
<#list c.undated as e><@t.entry e/></#list>
</ul>
</section>
</#if>
</#if>
</@layout.page>
