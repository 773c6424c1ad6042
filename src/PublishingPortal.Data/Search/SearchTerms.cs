namespace PublishingPortal.Data.Search;

/// <summary>Rules the server databases' indexes share for the tokens they store and look up.</summary>
public static class SearchTerms
{
    /// <summary>
    /// Longest token stored, in UTF-16 characters; longer tokens (a pasted link, a hash) are cut, on both the stored
    /// and the queried side, so they still match. Keeps SQL Server's index key far below its 1,700-byte limit and
    /// PostgreSQL's lexemes below their 2,047-byte limit.
    /// </summary>
    public const int MaxLength = 64;

    /// <summary>Field code of the title.</summary>
    public const short TitleField = 0;

    /// <summary>Field code of the lead.</summary>
    public const short LeadField = 1;

    /// <summary>Field code of the body.</summary>
    public const short BodyField = 2;

    /// <summary>Field code of the meta text: byline, tags, section name (<see cref="Core.Search.ArticleSearchDocument.MetaParts"/>).</summary>
    public const short MetaField = 3;

    /// <summary>Cuts a token to <see cref="MaxLength"/> characters, never between the two halves of a surrogate pair.</summary>
    /// <param name="token">A token from <see cref="Core.Search.SearchText"/>.</param>
    /// <returns>The token, at most <see cref="MaxLength"/> characters.</returns>
    public static string Limit(string token)
    {
        if (token.Length <= MaxLength)
        {
            return token;
        }

        var length = char.IsHighSurrogate(token[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return token[..length];
    }
}
