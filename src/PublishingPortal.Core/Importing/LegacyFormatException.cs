namespace PublishingPortal.Core.Importing;

/// <summary>
/// A legacy export that cannot be parsed. The message is one line, in Vietnamese, and names the line.
/// </summary>
public sealed class LegacyFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="lineNumber">1-based line where the problem was found.</param>
    /// <param name="reason">What is wrong, for an operator to fix the file.</param>
    public LegacyFormatException(int lineNumber, string reason)
        : base($"dòng {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Creates an error without detail (required by the exception pattern).</summary>
    public LegacyFormatException()
        : this(1, "không đọc được tệp")
    {
    }

    /// <summary>Creates an error at line 1 (required by the exception pattern).</summary>
    /// <param name="message">Reason.</param>
    public LegacyFormatException(string message)
        : this(1, message)
    {
    }

    /// <summary>Creates an error at line 1 wrapping another (required by the exception pattern).</summary>
    /// <param name="message">Reason.</param>
    /// <param name="innerException">Cause.</param>
    public LegacyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        LineNumber = 1;
        Reason = message;
    }

    /// <summary>1-based line number of the problem.</summary>
    public int LineNumber { get; }

    /// <summary>The reason without the line number.</summary>
    public string Reason { get; } = "";
}
