<#ftl output_format="HTML" strip_whitespace=true>
<#--
  places/<id>.html: one place. Model: place (name, nameRu, nameZh, currentName, kind, description,
  variants, latitude, longitude, wikidata, wikidataUrl, geonames, geonamesUrl, sources [text, url],
  documents [this page's summaries with asPrinted and sentence], count, paging). The facts come
  from the editors' authority file (content/places.csv) and name their sources.
-->
<#import "layout.ftl" as layout>
<#import "apparatus.ftl" as ap>
<#assign p = place>
<@layout.page title=p.name + ap.pageSuffix(p.paging) current="places" description="${p.name}${p.currentName?has_content?then(' (today ' + p.currentName + ')', '')}${p.description?has_content?then(': ' + p.description, '')}. Named in ${p.count} document(s) of this edition.">
<h1>${p.name}<#if p.paging.page gt 1> <span class="count">page ${p.paging.page} of ${p.paging.pages}</span></#if></h1>
<#if p.paging.page == 1>
<#if p.description?has_content><p class="lede">${p.description}</p></#if>
<dl class="doc-meta authority" data-editorial>
<#if p.kind?has_content><div><dt>Kind</dt><dd>${p.kind}</dd></div></#if>
<#if p.currentName?has_content><div><dt>Today</dt><dd>${p.currentName}</dd></div></#if>
<#if p.nameRu?has_content><div><dt>Russian</dt><dd lang="ru">${p.nameRu}</dd></div></#if>
<#if p.nameZh?has_content><div><dt>Chinese</dt><dd lang="zh-Hans">${p.nameZh}</dd></div></#if>
<#if p.variants?has_content><div><dt>Also written</dt><dd><#list p.variants as v>${v}<#sep>; </#list></dd></div></#if>
<#if p.latitude?has_content><div><dt>Coordinates</dt><dd><span class="geo"><data value="${p.latitude}">${p.latitude}</data>, <data value="${p.longitude}">${p.longitude}</data></span> <a href="https://www.openstreetmap.org/?mlat=${p.latitude}&amp;mlon=${p.longitude}#map=8/${p.latitude}/${p.longitude}">map</a></dd></div></#if>
<#if p.wikidataUrl?has_content || p.geonamesUrl?has_content><div><dt>Authority records</dt><dd><#if p.wikidataUrl?has_content><a href="${p.wikidataUrl}">Wikidata ${p.wikidata}</a></#if><#if p.wikidataUrl?has_content && p.geonamesUrl?has_content>; </#if><#if p.geonamesUrl?has_content><a href="${p.geonamesUrl}">GeoNames ${p.geonames}</a></#if></dd></div></#if>
</dl>
<#if p.sources?has_content>
<p class="muted">Sources: <@ap.sourceList p.sources/>.</p>
</#if>
</#if>
<section aria-labelledby="h-docs">
<h2 id="h-docs">Named in ${p.count} document<#if p.count != 1>s</#if></h2>
<@ap.pager paging=p.paging label="Pages of the list"/>
<ul class="entries">
<#list p.documents as d><@ap.docItem d=d extra=(d.asPrinted?? && d.asPrinted != p.name)?then("as “" + d.asPrinted + "”", "") sentence=d.sentence!""/></#list>
</ul>
<@ap.pager paging=p.paging label="Pages of the list, again"/>
</section>
<p><a href="${root}places.html">All places</a></p>
</@layout.page>
