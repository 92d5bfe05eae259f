<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Macros of the chronology's pages (chronology.ftl, chronology-year.ftl): the bar charts, one
  entry, and one year's entries by month. The bar charts (a vertical axis of counts; every month
  chart on the same scale) are inline SVG whose geometry
  TimelineChart computed at build time; they are a picture of the lists below (aria-hidden, links
  out of the tab order), the lists are the text.
-->
<#macro bars chart class>
<svg class="chart ${class}" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" aria-hidden="true" focusable="false">
<#list chart.ticks as t>
<line class="grid" x1="${chart.left}" y1="${t.y}" x2="${chart.width}" y2="${t.y}"/>
<text class="tick" x="${chart.left - 4}" y="${t.y + 4}" text-anchor="end">${t.label}</text>
</#list>
<#list chart.bars as b>
<#if b.href?has_content>
<a href="${b.href}" tabindex="-1"><title>${b.label}</title><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/></a>
</#if>
<#if b.tick?has_content>
<text x="${b.center}" y="${chart.height - 4}" text-anchor="middle">${b.tick}</text>
</#if>
</#list>
<line class="axis" x1="${chart.left}" y1="${chart.baseline}" x2="${chart.width}" y2="${chart.baseline}"/>
<line class="axis" x1="${chart.left}" y1="${chart.top}" x2="${chart.left}" y2="${chart.baseline}"/>
</svg>
</#macro>
<#macro entry e>
<li><span class="entry-date"><#if e.iso?has_content><time datetime="${e.iso}">${e.date}</time><#else>${e.date}</#if><#if e.precision?has_content> — ${e.precision}</#if></span> <a href="${root}${e.url}">${e.title}</a> <span class="entry-meta">${e.kind}<#if e.number?has_content> · ${e.number}</#if><#if !e.textInSource> · text not in this source</#if></span></li>
</#macro>
<#-- A year's entries after its heading: the month chart, entries dated only to the year, then each
     month under a heading of level monthLevel (3 below a year's h2, 2 on a year's own page). -->
<#macro period y monthLevel=3>
<#if y.months?has_content>
<@bars chart=y.monthChart class="chart-months"/>
</#if>
<#if y.yearOnly?has_content>
<ul class="entries">
<#list y.yearOnly as e><@entry e/></#list>
</ul>
</#if>
<#list y.months as m>
<h${monthLevel} id="${m.anchor}">${m.label} <span class="count">${m.countLabel}</span></h${monthLevel}>
<ul class="entries">
<#list m.monthOnly as e><@entry e/></#list>
<#list m.days as e><@entry e/></#list>
</ul>
</#list>
</#macro>
