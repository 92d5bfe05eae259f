<#ftl output_format="HTML" strip_whitespace=true>
<#--
  chronology.html: every document and entry in date order, by year (h2) and month (h3); within a
  period, documents dated only to that month or year come first and are labelled; undated last.
  The bar charts are inline SVG whose geometry TimelineChart computed at build time; they are a
  picture of the lists below (aria-hidden, links out of the tab order), the lists are the text.
-->
<#import "layout.ftl" as layout>
<#assign c = chronology>
<#macro bars chart class>
<svg class="chart ${class}" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" aria-hidden="true" focusable="false">
<#list chart.bars as b>
<#if b.href?has_content>
<a href="${b.href}" tabindex="-1"><title>${b.label}</title><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/></a>
</#if>
<#if b.tick?has_content>
<text x="${b.center}" y="${chart.height - 4}" text-anchor="middle">${b.tick}</text>
</#if>
</#list>
<line class="axis" x1="0" y1="${chart.plotHeight}" x2="${chart.width}" y2="${chart.plotHeight}"/>
</svg>
</#macro>
<#macro entry e>
<li><span class="entry-date"><#if e.iso?has_content><time datetime="${e.iso}">${e.date}</time><#else>${e.date}</#if><#if e.precision?has_content> — ${e.precision}</#if></span> <a href="${root}${e.url}">${e.title}</a> <span class="entry-meta">${e.kind}<#if e.number?has_content> · ${e.number}</#if><#if !e.textInSource> · text not in this source</#if></span></li>
</#macro>
<@layout.page title="Chronology" current="chronology" description="All ${c.total} documents and entries of the edition in date order, by year and month.">
<h1>Chronology</h1>
<p class="lede">All ${c.total} documents and entries in date order, grouped by year and month. Documents dated only to a month or a year come first in their period and are labelled “month only” or “year only”<#if c.undated?has_content>; undated entries are listed at the end</#if>.</p>
<#if c.years?has_content>
<figure class="timeline">
<figcaption id="timeline-caption">Documents per year</figcaption>
<@bars chart=c.yearChart class="chart-years"/>
<ul class="timeline-list" aria-labelledby="timeline-caption">
<#list c.years as y>
<li><a href="#${y.anchor}">${y.year}</a> <span class="muted">${y.count}</span></li>
</#list>
<#if c.undated?has_content>
<li><a href="#undated">Undated</a> <span class="muted">${c.undated?size}</span></li>
</#if>
</ul>
</figure>
</#if>
<#list c.years as y>
<section class="period" aria-labelledby="${y.anchor}">
<h2 id="${y.anchor}">${y.year} <span class="count">${y.countLabel}</span></h2>
<#if y.months?has_content>
<@bars chart=y.monthChart class="chart-months"/>
</#if>
<#if y.yearOnly?has_content>
<ul class="entries">
<#list y.yearOnly as e><@entry e/></#list>
</ul>
</#if>
<#list y.months as m>
<h3 id="${m.anchor}">${m.label} <span class="count">${m.countLabel}</span></h3>
<ul class="entries">
<#list m.monthOnly as e><@entry e/></#list>
<#list m.days as e><@entry e/></#list>
</ul>
</#list>
</section>
</#list>
<#if c.undated?has_content>
<section class="period" aria-labelledby="undated">
<h2 id="undated">Undated <span class="count">${c.undated?size}</span></h2>
<ul class="entries">
<#list c.undated as e><@entry e/></#list>
</ul>
</section>
</#if>
</@layout.page>
