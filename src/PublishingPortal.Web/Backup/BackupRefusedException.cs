namespace PublishingPortal.Web.Backup;

/// <summary>A backup or restore that cannot be done; the message is one Vietnamese sentence for the operator.</summary>
public sealed class BackupRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BackupRefusedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do, in Vietnamese.</param>
    public BackupRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do, in Vietnamese.</param>
    /// <param name="innerException">The underlying error.</param>
    public BackupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
