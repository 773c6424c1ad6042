using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin;
using PublishingPortal.Web.Tests.Admin.Articles;
using PublishingPortal.Web.Tests.Media;
using PublishingPortal.Web.Tests.Reading;
using PublishingPortal.Web.Tests.Search;

namespace PublishingPortal.Web.Tests.PostgreSql;

// The PostgreSQL part of the HTTP suite (issue 9: "articles, workflow, search, media, accounts"): the same test
// classes as on SQLite, each written once as an abstract class over its factory, run here with a PostgreSQL
// database of their own. Filter: FullyQualifiedName~PublishingPortal.Web.Tests.PostgreSql.

/// <summary>Articles: reader pages, Open Graph and JSON-LD, dates, unknown slugs (404), former slugs (301), hidden articles.</summary>
public sealed class PostgreSqlArticlePageTests(PostgreSqlDemoPortalFactory factory)
    : ArticlePageTests<PostgreSqlDemoPortalFactory>(factory);

/// <summary>Articles: one visibility rule for page, lists, feed and search.</summary>
public sealed class PostgreSqlReaderVisibilityTests(PostgreSqlEmptyPortalFactory factory)
    : ReaderVisibilityTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Articles: create, unique slugs, revisions, slug change redirects, edit conflicts, site-time dates.</summary>
public sealed class PostgreSqlArticleEditorTests(PostgreSqlEmptyPortalFactory factory)
    : ArticleEditorTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Workflow: reporter → editor → publisher, send back, schedule, unpublish, trash, purge, nobody approves own work.</summary>
public sealed class PostgreSqlArticleWorkflowPagesTests(PostgreSqlEmptyPortalFactory factory)
    : ArticleWorkflowPagesTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Workflow and accounts: every role × action, allowed or 403.</summary>
public sealed class PostgreSqlRoleMatrixTests(PostgreSqlEmptyPortalFactory factory)
    : RoleMatrixTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Per-section rights: role × action × section, create and move refusals, the list, the account form, home blocks.</summary>
public sealed class PostgreSqlSectionRightsTests(PostgreSqlEmptyPortalFactory factory)
    : SectionRightsTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Accounts: sign-in with the antiforgery token, one message for unknown account and wrong password, lockout, sign-out.</summary>
public sealed class PostgreSqlSignInTests(PostgreSqlDemoPortalFactory factory)
    : SignInTests<PostgreSqlDemoPortalFactory>(factory);

/// <summary>Search: diacritics, Unicode forms, phrases, ranking, highlighting, re-indexing after edits.</summary>
public sealed class PostgreSqlSearchFoldingTests(PostgreSqlEmptyPortalFactory factory)
    : SearchFoldingTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: loose keywords, tiers, title above body, exact spellings, quotes, exclusions, the approximate fallback.</summary>
public sealed class PostgreSqlSearchRankingTests(PostgreSqlEmptyPortalFactory factory)
    : SearchRankingTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: category and date filters, paging, bad input.</summary>
public sealed class PostgreSqlSearchFilterAndPagingTests(PostgreSqlEmptyPortalFactory factory)
    : SearchFilterAndPagingTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: hidden, scheduled, expired and trashed articles never found; found again when published.</summary>
public sealed class PostgreSqlSearchVisibilityTests(PostgreSqlEmptyPortalFactory factory)
    : SearchVisibilityTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Media: upload, photos placed in articles, alt text and captions, variants on the public page.</summary>
public sealed class PostgreSqlArticlePhotosTests(PostgreSqlEmptyPortalFactory factory)
    : ArticlePhotosTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Articles: a stale save merged on its base revision, the conflict page, forged bases refused (issue 10).</summary>
public sealed class PostgreSqlArticleMergeSaveTests(PostgreSqlEmptyPortalFactory factory)
    : ArticleMergeSaveTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: any input gets a page (noncharacters, malformed UTF-8, controls, SQL and query syntax).</summary>
public sealed class PostgreSqlSearchHostileInputTests(PostgreSqlEmptyPortalFactory factory)
    : SearchHostileInputTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: byline, tags and section name found; renames and tag changes re-index.</summary>
public sealed class PostgreSqlSearchIndexedFieldsTests(PostgreSqlEmptyPortalFactory factory)
    : SearchIndexedFieldsTests<PostgreSqlEmptyPortalFactory>(factory);

/// <summary>Search: title suggestions as you type (prefix lexemes of weight A), visibility, cache, any input.</summary>
public sealed class PostgreSqlSearchSuggestionsTests(PostgreSqlEmptyPortalFactory factory)
    : SearchSuggestionsTests<PostgreSqlEmptyPortalFactory>(factory);
