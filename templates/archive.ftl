<#ftl output_format="HTML" strip_whitespace=true>
<#--
  archives/<id>.html: an archive, a fond of it, or a newspaper, with its documents. Model: archive
  (name, fullName, newspaper, fonds, documents [this page's summaries with citation and cited], count,
  paging [see apparatus.ftl], isFond, fond, holdingUrl). A long list of documents takes several pages.
-->
<#import "layout.ftl" as layout>
<#import "apparatus.ftl" as ap>
<#assign a = archive>
<#assign heading = a.isFond?then(a.name + ", fond " + a.fond, a.name)>
<@layout.page title=heading + ap.pageSuffix(a.paging) current="archives" description="${heading}: ${a.count} document(s) of this edition.">
<h1>${heading}<#if a.paging.page gt 1> <span class="count">page ${a.paging.page} of ${a.paging.pages}</span></#if></h1>
<p class="lede"><#if a.fullName != a.name>${a.fullName}. </#if>${a.count} document<#if a.count != 1>s</#if> of this edition<#if a.newspaper> printed here, by issue<#elseif a.isFond>, in archival order (opis, papka, delo, list)<#else>, in date order</#if>.</p>
<#if a.isFond>
<p><a href="${root}${a.holdingUrl}">All of ${a.name}</a></p>
<#elseif a.fonds?has_content>
<h2>Fonds</h2>
<ul class="fonds">
<#list a.fonds as f><li><a href="${root}${f.url}">Fond ${f.fond}</a> <span class="count">${f.count}</span></li></#list>
</ul>
</#if>
<h2>Documents</h2>
<@ap.pager paging=a.paging label="Pages of the list"/>
<table class="citations">
<thead><tr><th scope="col">Document</th><th scope="col"><#if a.newspaper>Issue<#else>Shelfmark</#if></th><th scope="col">Cited as</th></tr></thead>
<tbody>
<#list a.documents as d>
<tr>
<td><a href="${root}${d.url}">${d.number?has_content?then(d.number + ": ", "")}${d.title}</a> <span class="entry-meta">${d.date}</span></td>
<td><#if d.citation??><#assign c = d.citation><#if c.issue?has_content>${c.issue}<#else><#if c.fond?has_content>F. ${c.fond}</#if><#list c.shelf as part> ${part.label} ${part.value}</#list></#if></#if></td>
<td class="muted">${d.cited}</td>
</tr>
</#list>
</tbody>
</table>
<@ap.pager paging=a.paging label="Pages of the list, again"/>
<p><a href="${root}archives.html">All archives and newspapers</a></p>
</@layout.page>
