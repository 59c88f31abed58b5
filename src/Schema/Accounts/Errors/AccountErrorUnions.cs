using GraphQL.Types;

namespace GraphApi.Schema.Accounts.Errors;

// The error union of each account mutation: an error type belongs to the unions whose interfaces it implements.

/// <summary>Why <c>requestSignUpCode</c> sent no code.</summary>
[UnionType]
public interface IRequestSignUpCodeError;

/// <summary>Why <c>signUp</c> created no account.</summary>
[UnionType]
public interface ISignUpError;

/// <summary>Why <c>signIn</c> did not sign in.</summary>
[UnionType]
public interface ISignInError;

/// <summary>Why <c>refreshToken</c> gave no new tokens.</summary>
[UnionType]
public interface IRefreshTokenError;

/// <summary>Why <c>revokeSession</c> ended no session.</summary>
[UnionType]
public interface IRevokeSessionError;

/// <summary>Why <c>updateProfile</c> changed nothing.</summary>
[UnionType]
public interface IUpdateProfileError;
