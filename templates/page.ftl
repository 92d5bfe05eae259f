<#ftl output_format="HTML" strip_whitespace=true>
<#-- An editorial page from content/ (JBake header + Markdown). content.body is HTML that flexmark
     made from the Markdown with raw HTML suppressed, so it holds no markup an author typed. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title current=content.path>
<article class="prose">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
