/* The BLAS routines numpy's core calls, as plain loops, for the bundled app.
 *
 * numpy's wheels link scipy-openblas (25 MB with its Fortran runtime: kernels for every CPU
 * generation). The app multiplies a 32x32 matrix for a photo's perceptual hash and never does
 * linear algebra, so the bundle replaces that library with this one (about 30 KB): the same
 * symbol names and calling conventions (CBLAS, 64-bit integers, the `scipy_` prefix and `64_`
 * suffix), exact results (the textbook loops: sums in index order), no speed tricks.
 * numpy.linalg's LAPACK routines are not here: numpy_blas.py generates an entry point for each
 * that stops the program with a message, should anything ever call one.
 *
 * Checked by packaging/numpy_blas.py (make package) against numpy's own OpenBLAS results, for every
 * routine, order, transposition and type numpy uses.
 */
#include <complex.h>
#include <stdint.h>

typedef int64_t blasint;
enum { RowMajor = 101, ColMajor = 102 };
enum { NoTrans = 111, Trans = 112, ConjTrans = 113 };
enum { Upper = 121, Lower = 122 };

#define START(n, inc) ((inc) < 0 ? (-(n) + 1) * (inc) : 0)

/* op(A)[i, l] of a column-major matrix, transposed and/or conjugated */
#define AT(A, ld, i, l, tr) ((tr) ? (A)[(l) + (i) * (ld)] : (A)[(i) + (l) * (ld)])

#define DEFINE(T, P, CONJ)                                                                      \
  static void P##gemm_col(int ta, int ca, int tb, int cb, blasint m, blasint n, blasint k,    \
                          T alpha, const T *a, blasint lda, const T *b, blasint ldb, T beta,   \
                          T *c, blasint ldc) {                                                 \
    for (blasint j = 0; j < n; j++)                                                            \
      for (blasint i = 0; i < m; i++) {                                                        \
        T sum = 0;                                                                             \
        for (blasint l = 0; l < k; l++) {                                                      \
          T x = AT(a, lda, i, l, ta), y = AT(b, ldb, l, j, tb);                                \
          sum += (ca ? CONJ(x) : x) * (cb ? CONJ(y) : y);                                      \
        }                                                                                      \
        T *out = &c[i + j * ldc];                                                              \
        *out = beta == 0 ? alpha * sum : alpha * sum + beta * *out;                            \
      }                                                                                        \
  }                                                                                            \
  static void P##gemm(int order, int ta, int tb, blasint m, blasint n, blasint k, T alpha,     \
                      const T *a, blasint lda, const T *b, blasint ldb, T beta, T *c,          \
                      blasint ldc) {                                                           \
    if (order == RowMajor) /* C^T = op(B)^T op(A)^T: the same call on the swapped operands */  \
      P##gemm_col(tb != NoTrans, tb == ConjTrans, ta != NoTrans, ta == ConjTrans, n, m, k,     \
                  alpha, b, ldb, a, lda, beta, c, ldc);                                        \
    else                                                                                       \
      P##gemm_col(ta != NoTrans, ta == ConjTrans, tb != NoTrans, tb == ConjTrans, m, n, k,     \
                  alpha, a, lda, b, ldb, beta, c, ldc);                                        \
  }                                                                                            \
  static void P##gemv(int order, int trans, blasint m, blasint n, T alpha, const T *a,         \
                      blasint lda, const T *x, blasint incx, T beta, T *y, blasint incy) {     \
    /* column-major: op(A) is m x n (or n x m transposed); a row-major A is its transpose */   \
    int tr = order == RowMajor ? trans == NoTrans : trans != NoTrans;                          \
    int cj = trans == ConjTrans;                                                               \
    blasint rows = trans == NoTrans ? m : n, cols = trans == NoTrans ? n : m;                  \
    blasint xi0 = START(cols, incx), yi = START(rows, incy);                                   \
    for (blasint i = 0; i < rows; i++, yi += incy) {                                           \
      T sum = 0;                                                                               \
      blasint xi = xi0;                                                                        \
      for (blasint l = 0; l < cols; l++, xi += incx) {                                         \
        T v = AT(a, lda, i, l, tr);                                                            \
        sum += (cj ? CONJ(v) : v) * x[xi];                                                     \
      }                                                                                        \
      y[yi] = beta == 0 ? alpha * sum : alpha * sum + beta * y[yi];                            \
    }                                                                                          \
  }                                                                                            \
  static void P##syrk(int order, int uplo, int trans, blasint n, blasint k, T alpha,           \
                      const T *a, blasint lda, T beta, T *c, blasint ldc) {                    \
    /* a row-major call is the column-major one with the triangle and transposition flipped */ \
    int up = order == RowMajor ? uplo == Lower : uplo == Upper;                                \
    int tr = order == RowMajor ? trans == NoTrans : trans != NoTrans;                          \
    for (blasint j = 0; j < n; j++)                                                            \
      for (blasint i = up ? 0 : j; i < (up ? j + 1 : n); i++) {                                \
        T sum = 0;                                                                             \
        for (blasint l = 0; l < k; l++) sum += AT(a, lda, i, l, tr) * AT(a, lda, j, l, tr);    \
        T *out = &c[i + j * ldc];                                                              \
        *out = beta == 0 ? alpha * sum : alpha * sum + beta * *out;                            \
      }                                                                                        \
  }                                                                                            \
  static T P##dot(blasint n, const T *x, blasint incx, const T *y, blasint incy, int cj) {     \
    T sum = 0;                                                                                 \
    blasint xi = START(n, incx), yi = START(n, incy);                                          \
    for (blasint i = 0; i < n; i++, xi += incx, yi += incy)                                    \
      sum += (cj ? CONJ(x[xi]) : x[xi]) * y[yi];                                               \
    return sum;                                                                                \
  }                                                                                            \
  static void P##axpy(blasint n, T alpha, const T *x, blasint incx, T *y, blasint incy) {      \
    blasint xi = START(n, incx), yi = START(n, incy);                                          \
    for (blasint i = 0; i < n; i++, xi += incx, yi += incy) y[yi] += alpha * x[xi];            \
  }                                                                                            \
  void scipy_##P##copy_64_(const blasint *n, const T *x, const blasint *incx, T *y,            \
                           const blasint *incy) {                                              \
    blasint xi = START(*n, *incx), yi = START(*n, *incy);                                      \
    for (blasint i = 0; i < *n; i++, xi += *incx, yi += *incy) y[yi] = x[xi];                  \
  }

#define SAME(x) (x)
DEFINE(float, s, SAME)
DEFINE(double, d, SAME)
DEFINE(float complex, c, conjf)
DEFINE(double complex, z, conj)

/* The exported CBLAS entry points: real types take scalars by value, complex ones by pointer. */
#define REAL_API(T, P)                                                                         \
  void scipy_cblas_##P##gemm64_(int o, int ta, int tb, blasint m, blasint n, blasint k,        \
                                T alpha, const T *a, blasint lda, const T *b, blasint ldb,     \
                                T beta, T *c, blasint ldc) {                                   \
    P##gemm(o, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);                          \
  }                                                                                            \
  void scipy_cblas_##P##gemv64_(int o, int t, blasint m, blasint n, T alpha, const T *a,       \
                                blasint lda, const T *x, blasint incx, T beta, T *y,           \
                                blasint incy) {                                                \
    P##gemv(o, t, m, n, alpha, a, lda, x, incx, beta, y, incy);                                \
  }                                                                                            \
  void scipy_cblas_##P##syrk64_(int o, int u, int t, blasint n, blasint k, T alpha,            \
                                const T *a, blasint lda, T beta, T *c, blasint ldc) {          \
    P##syrk(o, u, t, n, k, alpha, a, lda, beta, c, ldc);                                       \
  }                                                                                            \
  T scipy_cblas_##P##dot64_(blasint n, const T *x, blasint incx, const T *y, blasint incy) {   \
    return P##dot(n, x, incx, y, incy, 0);                                                     \
  }                                                                                            \
  void scipy_cblas_##P##axpy64_(blasint n, T alpha, const T *x, blasint incx, T *y,            \
                                blasint incy) {                                                \
    P##axpy(n, alpha, x, incx, y, incy);                                                       \
  }

#define COMPLEX_API(T, P)                                                                      \
  void scipy_cblas_##P##gemm64_(int o, int ta, int tb, blasint m, blasint n, blasint k,        \
                                const void *alpha, const void *a, blasint lda, const void *b,  \
                                blasint ldb, const void *beta, void *c, blasint ldc) {         \
    P##gemm(o, ta, tb, m, n, k, *(const T *)alpha, a, lda, b, ldb, *(const T *)beta, c, ldc);  \
  }                                                                                            \
  void scipy_cblas_##P##gemv64_(int o, int t, blasint m, blasint n, const void *alpha,         \
                                const void *a, blasint lda, const void *x, blasint incx,       \
                                const void *beta, void *y, blasint incy) {                     \
    P##gemv(o, t, m, n, *(const T *)alpha, a, lda, x, incx, *(const T *)beta, y, incy);        \
  }                                                                                            \
  void scipy_cblas_##P##syrk64_(int o, int u, int t, blasint n, blasint k, const void *alpha,  \
                                const void *a, blasint lda, const void *beta, void *c,         \
                                blasint ldc) {                                                 \
    P##syrk(o, u, t, n, k, *(const T *)alpha, a, lda, *(const T *)beta, c, ldc);               \
  }                                                                                            \
  void scipy_cblas_##P##dotu_sub64_(blasint n, const void *x, blasint incx, const void *y,     \
                                    blasint incy, void *ret) {                                 \
    *(T *)ret = P##dot(n, x, incx, y, incy, 0);                                                \
  }                                                                                            \
  void scipy_cblas_##P##dotc_sub64_(blasint n, const void *x, blasint incx, const void *y,     \
                                    blasint incy, void *ret) {                                 \
    *(T *)ret = P##dot(n, x, incx, y, incy, 1);                                                \
  }                                                                                            \
  void scipy_cblas_##P##axpy64_(blasint n, const void *alpha, const void *x, blasint incx,     \
                                void *y, blasint incy) {                                       \
    P##axpy(n, *(const T *)alpha, x, incx, y, incy);                                           \
  }

REAL_API(float, s)
REAL_API(double, d)
COMPLEX_API(float complex, c)
COMPLEX_API(double complex, z)
